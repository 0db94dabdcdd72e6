#!/usr/bin/env python3
"""The measuring half of tests/print/render-check.sh: reads each document's PDF (made by
LibreOffice from the .docx) and the .docx itself, and reports, per document:

- marks lost or added: every character of the document's own text (word/document.xml), compared
  with the text in the PDF as multisets, so a comma that is not drawn is found wherever it is;
- lines on each page and characters on each full line (a line that reaches the right edge,
  counted in character cells from the left margin, indent included);
- page fill: how far down the type area the last line of each page reaches;
- short last lines: a paragraph ending with one character (or one and its mark) alone.

Usage: render-check.py OUT_DIR NAME... (each NAME.docx and NAME.pdf in OUT_DIR). Exit 1 on a
failure; the figures are printed either way.
"""
import collections, html, re, subprocess, sys, unicodedata, zipfile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def wide(c):
    return unicodedata.east_asian_width(c) in "WF"


def norm(text):
    # Spaces and format characters (the word joiners that keep 9:35—9:42 whole) are not drawn.
    return "".join(
        c for c in unicodedata.normalize("NFKC", text) if not c.isspace() and unicodedata.category(c) != "Cf"
    )


def docx_text(path):
    """The document's own text: every w:t of word/document.xml, in order."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    return "".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def docx_setup(path):
    """(page width, height, left, right, top, bottom) in points, body size in points, and the
    line pitch, from the first section."""
    z = zipfile.ZipFile(path)
    doc = z.read("word/document.xml").decode()
    styles = z.read("word/styles.xml").decode()
    sect = re.findall(r"<w:sectPr>.*?</w:sectPr>", doc, re.S)[-1]
    size = re.search(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"', sect)
    mar = re.search(r'<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"', sect)
    w_, h = (int(v) / 20 for v in size.groups())
    top, right, bottom, left = (int(v) / 20 for v in mar.groups())
    body = int(re.search(r"<w:rPrDefault><w:rPr>.*?<w:sz w:val=\"(\d+)\"", styles).group(1)) / 2
    line = int(re.search(r'<w:pPrDefault><w:pPr><w:spacing [^>]*w:line="(\d+)"', styles).group(1)) / 20
    return dict(w=w_, h=h, left=left, right=w_ - right, top=top, bottom=h - bottom), body, line


def pdf_pages(path):
    """Per page: a list of lines (xMin, yMin, xMax, yMax, text)."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", path, "-"], capture_output=True, text=True).stdout
    pages = []
    for page in xml.split("<page ")[1:]:
        lines = []
        for x0, y0, x1, y1, body in re.findall(
            r'<line xMin="([^"]+)" yMin="([^"]+)" xMax="([^"]+)" yMax="([^"]+)">(.*?)</line>', page, re.S
        ):
            words = [html.unescape(w) for w in re.findall(r">([^<]*)</word>", body)]
            lines.append((float(x0), float(y0), float(x1), float(y1), "".join(words)))
        pages.append(lines)
    return pages


def measure(out, name):
    area, size, pitch = docx_setup(f"{out}/{name}.docx")
    # Chinese documents are set on a line grid (English ones are not); the run sheet is a table.
    grid = "runsheet" not in name and b"docGrid" in zipfile.ZipFile(f"{out}/{name}.docx").read("word/document.xml")
    pages = pdf_pages(f"{out}/{name}.pdf")
    body_lines = [[l for l in p if l[1] < area["bottom"] + 2] for p in pages]
    # The page number printed on each page (None where there is none).
    numbers = []
    for p in pages:
        found = [re.sub(r"\D", "", l[4]) for l in p if l[1] >= area["bottom"] + 2 and re.search(r"\d", l[4])]
        numbers.append(int(found[0]) if found else None)
    pdf_text = norm("".join(l[4] for p in body_lines for l in p))
    own = norm(docx_text(f"{out}/{name}.docx"))
    a, b = collections.Counter(own), collections.Counter(pdf_text)
    lost, added = a - b, b - a
    # A table's header row is repeated at the top of each page it continues on.
    header = re.search(r"<w:tr><w:trPr>(?:<w:cantSplit/>)?<w:tblHeader/>.*?</w:tr>", zipfile.ZipFile(f"{out}/{name}.docx").read("word/document.xml").decode())
    if header and added:
        cells = collections.Counter(norm("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", header.group(0)))))
        for k in range(1, len(pages)):
            if added == collections.Counter({c: n * k for c, n in cells.items()}):
                added = collections.Counter()
    # Lines per page (distinct baselines) and fill (how far down the type area text reaches).
    height = area["bottom"] - area["top"]
    per_page, fills, full_lines, short_ends = [], [], [], 0
    # GB/T 9704: 28 characters of 三号 (16 pt) a line, so a little less than 16 pt each; 24 of
    # 小二 (18 pt) in large print.
    cells_wanted = {16: 28, 18: 24}.get(size, int((area["right"] - area["left"]) / size))
    titled = []
    for lines in body_lines:
        ys = sorted({round(l[3]) for l in lines})
        per_page.append(len(ys))
        # A title: larger than the body, and centred.
        titled.append(
            any(
                l[3] - l[1] > size * 1.5
                and abs((l[0] - area["left"]) - (area["right"] - l[2])) < size
                and l[2] < area["right"] - size
                for l in lines
            )
        )
        fills.append(0 if not lines else (max(l[3] for l in lines) - area["top"]) / height)
        for x0, y0, x1, y1, text in lines:
            if not text or abs((y1 - y0) - size * 1.0) > size * 0.35:
                continue  # titles and notes are other sizes
            if all(wide(c) for c in text):
                if x1 > area["right"] + size * 0.3 and not text[-1].isalnum():
                    text, x1 = text[:-1], x1 - size  # a mark hanging past the margin
                if not text:
                    continue
                indent = round((x0 - area["left"]) / (size - 0.2))
                if x1 > area["right"] - size * 0.6:
                    # Only ideographs: nothing compressed, no line-start rule, so exactly 28.
                    plain = all(unicodedata.category(c) == "Lo" for c in text)
                    full_lines.append((len(text) + indent, plain))
                elif indent == 0 and len(text) <= 2 and (len(text) == 1 or not text[-1].isalnum()):
                    short_ends += 1
    # A number or a range broken between two lines (表彰2/024年, 9:35—/9:42), in Chinese text.
    split_numbers = 0
    flat = [l for p in body_lines for l in p]
    for a, b in zip(flat, flat[1:]):
        if any(wide(c) for c in a[4] + b[4]) and re.search(r"[0-9][—–-]?$", a[4]) and re.match(r"[—–-]?[0-9]", b[4]):
            split_numbers += 1
    return dict(
        split_numbers=split_numbers if grid else 0,
        pages=len(pages), lines=per_page, fills=fills, full=collections.Counter(n for n, _ in full_lines),
        plain_wrong=[n for n, plain in full_lines if plain and n != cells_wanted],
        cells=cells_wanted, lost=lost, added=added, grid=grid, short_ends=short_ends,
        own=len(own), pitch=pitch, area=area, titled=titled, numbers=numbers,
    )


def main():
    out, names = sys.argv[1], sys.argv[2:]
    ok = True
    totals = collections.Counter()
    for name in names:
        m = measure(out, name)
        problems = []
        if m["lost"]:
            problems.append(f"lost {''.join(sorted(m['lost'].elements()))}")
        if m["added"]:
            problems.append(f"added {''.join(sorted(m['added'].elements()))}")
        want_lines = int((m["area"]["bottom"] - m["area"]["top"]) / m["pitch"]) if m["grid"] else None
        # A line one short is a line-start rule at work (a closing mark may not begin a line),
        # as in Word; a line one long would overflow the type area.
        # Lines with punctuation hold one more or less (marks compressed, or a closing mark that
        # may not begin a line pulls a character down, as in Word); lines of ideographs alone
        # hold exactly 28.
        wrong = [n for n in m["full"] if n > m["cells"] + 1 or n < m["cells"] - 2] + m["plain_wrong"]
        if m["grid"] and wrong:
            problems.append(f"full lines of {sorted(set(wrong))} characters, not {m['cells']}")
        nonblank = [i for i, n in enumerate(m["lines"]) if n]
        starts = set()  # a document of a packet ends before a blank page or another title
        for i in range(m["pages"] - 1):
            if m["lines"][i + 1] == 0 or m["titled"][i + 1]:
                starts.add(i)
        for i in nonblank[:-1]:
            if i in starts:
                continue
            if m["grid"] and not m["titled"][i] and m["fills"][i] > 0.97 and m["lines"][i] != want_lines:
                problems.append(f"page {i + 1} has {m['lines'][i]} lines, not {want_lines}")
            if m["fills"][i] < 0.75:
                problems.append(f"page {i + 1} is {m['fills'][i]:.0%} full")
        if m["split_numbers"]:
            problems.append(f"{m['split_numbers']} number(s) broken between two lines")
        if "packet" in name:
            # Each document after the handout starts on an odd page, numbered from 1.
            for i in range(1, m["pages"]):
                if m["titled"][i] and (i % 2 != 0 or m["numbers"][i] != 1):
                    problems.append(f"a document starts on page {i + 1}, numbered {m['numbers'][i]}")
        if "handout" in name and m["pages"] > 1 and m["lines"][-1] <= 4:
            problems.append(f"a handout that could fit one page spills {m['lines'][-1]} line(s) onto another")
        if "runsheet" in name and m["pages"] > 1 and m["lines"][-1] < 3:
            problems.append("the summary alone on the last page")
        # Reported, not failed: LibreOffice breaks between any two Chinese characters, even
        # joined by U+2060, so the writer cannot prevent it there.
        if m["short_ends"]:
            print(f"  note: {m['short_ends']} paragraph(s) end with one character alone on a line")
        fills = " ".join(f"{f:.0%}" for f in m["fills"])
        if "packet" in name:
            fills += "; page numbers " + " ".join("-" if n is None else str(n) for n in m["numbers"])
        full = ", ".join(f"{k}×{v}" for k, v in sorted(m["full"].items())) or "-"
        print(
            f"{name}: {m['pages']} pages; lines {m['lines']}; fill {fills}; full lines {full} (of {m['cells']}); "
            f"{m['own']} characters, lost {sum(m['lost'].values())}, added {sum(m['added'].values())}"
        )
        for p in problems:
            print(f"  FAIL {p}")
        ok &= not problems
        totals["documents"] += 1
        totals["pages"] += m["pages"]
        totals["characters"] += m["own"]
        totals["lost"] += sum(m["lost"].values())
        totals["full lines"] += sum(m["full"].values())
        if m["grid"]:
            for k, v in m["full"].items():
                totals[f"full lines of {k - m['cells']:+d}"] += v
        totals["failing documents"] += bool(problems)
        totals["paragraphs ending with one character alone"] += m["short_ends"]
    print("totals: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print("render check:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
