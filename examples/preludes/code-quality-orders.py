# Prelude for QUAL-15's Python fragment: SQLAlchemy's session, and the reader's order models and errors.
from typing import Any, TypeAlias

Session: TypeAlias = Any


class Order: ...


class OrderRow:
    id: Any

    def to_domain(self) -> Order: ...


class OrderNotFound(Exception): ...


class OrderStoreError(Exception): ...
