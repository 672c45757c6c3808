#!/usr/bin/env python3
"""Writes the portal-text development pages and their golds.

Each page is what a user gets by selecting all on a county portal's 权责清单
page and pasting it into a text file: the site's chrome around the list, the
list in one of the shapes portals print (a pipe table, a space-separated
table, label-value cards, flowing paragraphs, a combined catalogue). The
items are the seed list's (seeds/000_53652f109c077542.gold.json, hand-checked),
renumbered and rearranged; each gold is that item with what the page prints
instead (its 序号, its category, its subject, the columns the page lacks).

Deterministic: run from the repository root,
    python3 Tests/Fixtures/portal/make_portal_fixtures.py
"""
import copy
import hashlib
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = json.load(open(os.path.join(HERE, "..", "seeds", "000_53652f109c077542.gold.json"), encoding="utf-8"))
ITEMS = {item["seq"]: item for item in SEED["items"]}
OWNER = "邢台市襄都区医疗保障局"

HEAD = """首页 > 政务公开 > 法定主动公开内容 > 权责清单
索引号：11130503MB0X12345K/2023-00012	发布机构：{owner}
发布日期：2023-05-12	浏览次数：
字号：大 中 小	【打印】【关闭】
"""
FOOT = """
【打印】 【关闭】
扫一扫在手机打开当前页
主办单位：邢台市襄都区人民政府办公室　承办单位：邢台市襄都区行政审批局
网站标识码：1305030001　冀ICP备12045678号-1　冀公网安备 13050302000123号
"""


def elements(text):
    """A cell's text cut before each top-level `N.`/`N、` that follows a space or ；: its lines as a page's <br> shows them."""
    return [part for part in re.split(r"(?:(?<=\s)|(?<=；)|(?<=：))(?=\d+[.、．])", text) if part.strip()]


def br(text):
    return "<br>".join(part.strip() for part in elements(text))


def lines_of(text):
    return "\n".join(part.strip() for part in elements(text))


def gold_item(seq, source, seq_source="printed", category="keep", subject=None, drop=()):
    item = copy.deepcopy(ITEMS[source])
    item["seq"] = seq
    item["seqSource"] = seq_source
    if category is None:
        item["category"] = item["categoryRaw"] = None
    elif category != "keep":
        item["category"], item["categoryRaw"] = category
    if subject is not None:
        item["subject"] = subject
    for field in drop:
        item[field] = None
    return item


def diagnostic(code, seq, message, severity="warning"):
    return {"severity": severity, "code": code, "seq": seq, "message": message}


def write(name, text, title, items, diagnostics):
    path = os.path.join(HERE, name)
    data = text.encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(data)
    owner = title["owner"]
    gold = {
        "schemaVersion": "1.0",
        "source": {"file": name, "sha256": hashlib.sha256(data).hexdigest(), "format": "text", "pages": None},
        "list": {"title": title["title"], "region": title["region"], "department": title["department"], "edition": title.get("edition")},
        "summary": None,
        "items": items,
        "diagnostics": diagnostics,
    }
    with open(path + ".gold.json", "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


TITLE = {"title": "邢台市襄都区医疗保障局权责清单", "region": "邢台市襄都区", "department": "医疗保障局", "owner": OWNER}


def empty_cells(items):
    found = []
    for item in items:
        empty = [label for label, field in (("实施依据", "basis"), ("责任事项", "responsibilities"), ("追责情形", "accountability"))
                 if item[field] is not None and item[field]["text"] == ""]
        if empty:
            found.append(diagnostic("empty-cell", item["seq"], f"第{item['seq']}项{'、'.join(empty)}为空"))
    return found


def inferred(items):
    return [diagnostic("seq-inferred", i["seq"], f"第{i['seq']}项未印出序号，按行序推定为{i['seq']}") for i in items if i["seqSource"] == "inferred"]


def subject_from_title(items):
    return [diagnostic("subject-from-title", i["seq"], f"清单无行政主体列，第{i['seq']}项按标题取“{OWNER}”", "info") for i in items]


# 1. A markdown pipe table (leading and trailing pipes, a separator row, <br> inside cells).
def pipe_markdown():
    sources = [3, 4, 8, 17]
    rows = []
    for seq, source in enumerate(sources, 1):
        it = ITEMS[source]
        cells = [str(seq), it["name"], it["categoryRaw"], it["subject"], br(it["basis"]["text"]),
                 br(it["responsibilities"]["text"]), br(it["accountability"]["text"]), it["remarks"] or ""]
        rows.append("| " + " | ".join(cells) + " |")
    text = HEAD.format(owner=OWNER) + "\n邢台市襄都区医疗保障局权责清单（2025年版）\n\n" \
        + "| 序号 | 权责事项 | 权责类型 | 实施主体 | 设定依据 | 责任事项 | 追责情形 | 备注 |\n" \
        + "| --- | --- | --- | --- | --- | --- | --- | --- |\n" + "\n".join(rows) + "\n" + FOOT
    items = [gold_item(seq, source) for seq, source in enumerate(sources, 1)]
    write("pipe-markdown.txt", text, dict(TITLE, edition="2025年版"), items, empty_cells(items))


# 2. Pipe rows without a leading pipe; the caption names the category; no type nor subject column.
def pipe_caption_category():
    sources = [9, 10, 11]
    rows = [f"{seq} | {ITEMS[s]['name']} | {ITEMS[s]['basis']['text']} | {ITEMS[s]['responsibilities']['text']} | {ITEMS[s]['accountability']['text']} |"
            for seq, s in enumerate(sources, 1)]
    text = HEAD.format(owner=OWNER).replace("权责清单\n", "权责清单 > 行政检查\n", 1) \
        + "\n邢台市襄都区医疗保障局权力清单和责任清单（行政检查类）\n发布时间：2023-05-12 来源：本站\n\n" \
        + "序号 | 职权名称 | 法律依据 | 责任事项 | 问责情形 |\n" + "\n".join(rows) + "\n" + FOOT
    items = [gold_item(seq, s, category=("行政检查", "行政检查类"), subject=OWNER) for seq, s in enumerate(sources, 1)]
    write("pipe-caption-category.txt", text, dict(TITLE, title="邢台市襄都区医疗保障局权力清单和责任清单"), items, subject_from_title(items))


# 3. A space-separated table (runs of spaces), its header wrapped onto two lines (权力 / 类型).
def spaced_wrapped_header():
    sources = [13, 15, 16]
    lines = ["序号  权力  权力事项名称  实施主体  设定依据  责任事项  追责情形", "      类型"]
    for seq, s in enumerate(sources, 1):
        it = ITEMS[s]
        lines.append("  ".join([str(seq), it["categoryRaw"], it["name"], it["subject"], it["basis"]["text"],
                                it["responsibilities"]["text"], it["accountability"]["text"]]))
    text = HEAD.format(owner=OWNER) + "\n邢台市襄都区医疗保障局权责清单\n\n" + "\n".join(lines) + "\n" + FOOT
    items = [gold_item(seq, s) for seq, s in enumerate(sources, 1)]
    write("spaced-wrapped-header.txt", text, TITLE, items, [])


# 4. A table separated by single spaces, without a 序号 column.
def spaced_single():
    sources = [12, 10, 11]
    lines = ["事项名称 事项类型 实施主体 实施依据 责任事项 追责情形"]
    for s in sources:
        it = ITEMS[s]
        lines.append(" ".join([it["name"], it["categoryRaw"], it["subject"], it["basis"]["text"],
                               it["responsibilities"]["text"], it["accountability"]["text"]]))
    text = HEAD.format(owner=OWNER) + "\n邢台市襄都区医疗保障局权责清单\n" + "\n".join(lines) + "\n" + FOOT
    items = [gold_item(seq, s, seq_source="inferred") for seq, s in enumerate(sources, 1)]
    # Item 12's name holds commas and no space (one word); its 责任事项 opens `1. 记录职责` (two words).
    write("spaced-single.txt", text, TITLE, items, inferred(items))


# 5. Label-value cards in mixed forms (`label：value`, `label: | value |`), values over several lines, no 序号.
def cards_mixed():
    sources = [6, 7, 17]
    blocks = []
    for s in sources:
        it = ITEMS[s]
        block = [f"职权名称：{it['name']}", f"职权类型: | {it['categoryRaw']} |", f"实施主体：{it['subject']}",
                 "实施依据：" + it["basis"]["text"],
                 "责任事项：" + lines_of(it["responsibilities"]["text"]),
                 "追责情形：" + lines_of(it["accountability"]["text"])]
        if it["remarks"]:
            block.append("备注：" + it["remarks"])
        blocks.append("\n".join(block))
    text = HEAD.format(owner=OWNER) + "\n邢台市襄都区医疗保障局权责清单\n\n" + "\n\n".join(blocks) + "\n" + FOOT
    items = [gold_item(seq, s, seq_source="inferred") for seq, s in enumerate(sources, 1)]
    write("cards-mixed.txt", text, TITLE, items, inferred(items) + empty_cells(items))


# 6. Cards whose labels are followed by a space (`权力类型 行政给付`), each under a numbered caption.
def cards_spaced_labels():
    sources = [14, 15, 16]
    blocks = []
    for seq, s in enumerate(sources, 1):
        it = ITEMS[s]
        blocks.append("\n".join([f"{seq}.{it['name']}", f"权力类型 {it['categoryRaw']}", f"行使主体 {it['subject']}",
                                 "设定依据 " + it["basis"]["text"], "责任事项 " + it["responsibilities"]["text"],
                                 "追责情形 " + it["accountability"]["text"]]))
    text = HEAD.format(owner=OWNER) + "\n邢台市襄都区医疗保障局权责清单\n\n" + "\n\n".join(blocks) + "\n" + FOOT
    items = [gold_item(seq, s) for seq, s in enumerate(sources, 1)]
    write("cards-spaced-labels.txt", text, TITLE, items, [])


# 7. Flowing text: one paragraph per item, labels inline, no type printed anywhere.
def flowing():
    sources = [8, 9, 12]
    ordinals = "一二三四五"
    paragraphs = []
    for index, s in enumerate(sources):
        it = ITEMS[s]
        paragraphs.append(f"{ordinals[index]}、{it['name']} 实施依据：{it['basis']['text']} 责任事项：{it['responsibilities']['text']} "
                          f"追责情形：{it['accountability']['text']}")
    text = HEAD.format(owner=OWNER) + "\n邢台市襄都区医疗保障局权责清单\n\n" + "\n\n".join(paragraphs) + "\n" + FOOT
    items = [gold_item(seq, s, category=None, subject=OWNER) for seq, s in enumerate(sources, 1)]
    write("flowing.txt", text, TITLE, items, subject_from_title(items))


# 8. A combined catalogue: department sections, no 行政主体 column, only the basis among the content columns.
def combined_catalogue():
    sections = [("一、襄都区医疗保障局", [9, 10, 11]), ("二、邢台市襄都区医疗保障局", [15, 16])]
    lines = ["|序号|事项类型|事项名称|设定依据|"]
    items = []
    seq = 0
    for heading, sources in sections:
        lines.append(heading)
        for s in sources:
            seq += 1
            it = ITEMS[s]
            lines.append(f"|{seq}|{it['categoryRaw']}|{it['name']}|{it['basis']['text']}|")
            items.append(gold_item(seq, s, subject=heading.split("、", 1)[1], drop=("responsibilities", "accountability")))
    text = HEAD.format(owner="邢台市襄都区人民政府办公室") + "\n邢台市襄都区部门权责清单目录\n\n" + "\n".join(lines) + "\n" + FOOT
    title = {"title": "邢台市襄都区部门权责清单", "region": "邢台市襄都区", "department": "部门", "owner": "邢台市襄都区部门"}
    write("combined-catalogue.txt", text, title, items, [])


for make in (pipe_markdown, pipe_caption_category, spaced_wrapped_header, spaced_single, cards_mixed,
             cards_spaced_labels, flowing, combined_catalogue):
    make()
