"""ttdn: read, restore, structure and diff scanned Vietnamese directives."""

__version__ = "0.1.0"
SCHEMA_ID = "ttdn.directive/1"
