# Declarations the technologies page (TECH-11) cache fragment assumes.


def load_product_from_db(product_id: str) -> dict | None: ...
