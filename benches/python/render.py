"""What a technical secretary would write instead of emcee: PyYAML and Jinja2 rendering the
same sample agenda into the same script (no validation, no positions, no other documents).
Used by benches/compare.sh as the baseline. Usage: python3 render.py AGENDA TEMPLATE"""
import sys

import jinja2
import yaml

DIGITS = "零一二三四五六七八九"


def ordinal(n):
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    return DIGITS[n // 10] + "十" + (DIGITS[n % 10] if n % 10 else "")


def count(n):
    return "两" if n == 2 else ordinal(n)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        agenda = yaml.safe_load(f)
    people = agenda["people"]
    items = []
    for i, item in enumerate(agenda["agenda"], 1):
        steps = item.get("steps") or [{k: item.get(k) for k in ("who", "does", "what")}]
        for step in steps:
            step["person"] = people[step["who"]]
        items.append({"number": i, "ordinal": ordinal(i), "title": item.get("title"), "steps": steps})
    closing = agenda.get("closing", {})
    points = [dict(p, ordinal=ordinal(i)) for i, p in enumerate(closing.get("points", []), 1)]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("."), trim_blocks=True, lstrip_blocks=True)
    with open(sys.argv[2], encoding="utf-8") as f:
        template = env.from_string(f.read())
    sys.stdout.write(template.render(meeting=agenda["meeting"], items=items, item_count=count(len(items)),
                                     closing=closing, points=points, point_count=count(len(points))))


main()
