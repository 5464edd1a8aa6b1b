#!/usr/bin/env python3
"""Regenerate the corpus files whose bytes are not plain UTF-8 + LF.

Run from anywhere: `python3 corpus/derive.py`. Idempotent.

* Encoding twins: each UTF-8/LF source NN-name.txt gets NN-name.<enc>.txt with
  exactly the same text in another encoding (so tests can compare parse trees).
* Line-end / BOM files are rewritten in place from their own text: the text is
  first normalised to LF without BOM, then the target form is applied.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

TWINS = [
    # (UTF-8 source, twin suffix, codec, prefix BOM?)
    ("20-party-branch-summary.txt", "gbk", "gbk", False),
    ("21-township-summary-rare-char.txt", "gb18030", "gb18030", False),
    ("22-tw-township-office-report.txt", "big5", "big5", False),
    ("23-poverty-alleviation-report.txt", "utf16le", "utf-16-le", True),
    ("24-tw-harbor-bureau-report.txt", "utf16be", "utf-16-be", True),
]

IN_PLACE = {
    "25-crlf-work-plan-notice.txt": "crlf",
    "26-cr-only-enterprise-plan.txt": "cr",
    "27-mixed-line-ends-tw-district.txt": "mixed",
    "28-bom-development-zone-summary.txt": "bom",
}


def read_text(name):
    with open(os.path.join(HERE, name), "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def write_bytes(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def mixed(text):
    # First half CRLF (typed on Windows), second half LF (pasted later),
    # with every fifth line of the second half ending in a bare CR.
    lines = text.split("\n")
    last = lines.pop()  # "" when the text ends with a newline
    half = len(lines) // 2
    out = []
    for i, line in enumerate(lines):
        if i < half:
            end = "\r\n"
        elif i % 5 == 0:
            end = "\r"
        else:
            end = "\n"
        out.append(line + end)
    return "".join(out) + last


def main():
    for src, suffix, codec, bom in TWINS:
        text = read_text(src)
        data = text.encode(codec)
        if bom:
            data = "\ufeff".encode(codec) + data
        base = src[: -len(".txt")]
        write_bytes(f"{base}.{suffix}.txt", data)
    for name, form in IN_PLACE.items():
        text = read_text(name)
        if form == "crlf":
            data = text.replace("\n", "\r\n").encode("utf-8")
        elif form == "cr":
            data = text.replace("\n", "\r").encode("utf-8")
        elif form == "mixed":
            data = mixed(text).encode("utf-8")
        elif form == "bom":
            data = "\ufeff".encode("utf-8") + text.encode("utf-8")
        write_bytes(name, data)


if __name__ == "__main__":
    main()
