"""D-Bus signature annotations for service methods and signals (type-checker friendly)."""

from typing import Annotated, Any

from dbus_fast.annotations import DBusBool, DBusDict, DBusDouble, DBusStr, DBusUInt32
from dbus_fast.annotations import DBusSignature as Sig

Str2 = Annotated[list[Any], Sig("ss")]
Str3 = Annotated[list[Any], Sig("sss")]
Str3Tuple = Annotated[tuple[str, str, str], Sig("sss")]
StrStrDict = Annotated[list[Any], Sig("ssa{sv}")]

__all__ = ["DBusBool", "DBusDict", "DBusDouble", "DBusStr", "DBusUInt32", "Sig", "Str2", "Str3",
           "Str3Tuple", "StrStrDict"]
