"""Which kind of document an attachment is, by its file name, content type or first bytes."""

from __future__ import annotations

from parsers.message import AttachmentInfo

# Each kind by its file name's ending first (a CSV often comes as application/vnd.ms-excel or text/plain), then by
# its content type.
_EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".odt": "odt",
    ".ics": "ics",
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".rtf": "rtf",
    ".doc": "ole",
    ".xls": "ole",
}
_CONTENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "text/calendar": "ics",
    "text/plain": "txt",
    "text/html": "html",
    "text/csv": "csv",
    "application/csv": "csv",
    "text/comma-separated-values": "csv",
    "text/tab-separated-values": "tsv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    "text/richtext": "rtf",
    "application/msword": "ole",
    "application/vnd.ms-excel": "ole",
}
# Word 97-2003 and Excel 97-2003 files are OLE2 compound files: no well-kept library reads a .doc's text, so they are
# named in a note, not read (a CSV sent as application/vnd.ms-excel is text and read as CSV).
_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")


# A bounce's parts, kept under file names ending in .txt: machine reports, never a request's text. A message attached
# whole is read as the forwarded message (parsers/message.py), never again as a text file with its headers.
_NOT_DOCUMENTS = {
    "text/rfc822-headers",
    "message/delivery-status",
    "message/disposition-notification",
    "message/rfc822",
}


def document_kind(item: AttachmentInfo) -> str | None:
    """pdf, docx, odt, rtf, csv, tsv, xlsx, ics, txt, html, or ole (an old Word or Excel file, not read), by file
    name, content type or first bytes; None for anything else (pictures, archives, ...)."""
    if item.content_type in _NOT_DOCUMENTS:
        return None
    name = item.filename.lower()
    extension = name[name.rfind(".") :] if "." in name else ""
    kind = _EXTENSIONS.get(extension) or _CONTENT_TYPES.get(item.content_type)
    if item.content.startswith(_OLE_MAGIC):
        return "ole"
    if kind == "ole":  # not an OLE2 file: a CSV or a text saved under an Excel content type or name
        return "csv" if item.content_type == "application/vnd.ms-excel" or extension == ".xls" else None
    if kind is None and item.content.startswith(b"%PDF-"):
        return "pdf"
    if kind is None and item.content.startswith(b"{\\rtf"):
        return "rtf"
    return kind
