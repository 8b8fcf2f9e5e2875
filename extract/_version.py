"""warta's version, in a module of its own so that the library reads it without importing the
package it belongs to (`extract.article` stamps it on every record)."""

__version__ = "0.1.0"
