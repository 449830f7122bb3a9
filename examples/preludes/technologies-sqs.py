# Declarations the technologies page (TECH-14) SQS consumer fragment assumes.


def handle(command: object) -> None: ...
