"""The columns of a statistics table written in cells, read from its header row.

A monthly report or a year's summary table often has more than a label, a unit and a number:
``| 指标名称 | 单位 | 数量 | 上期 | 环比 |`` or ``| 个案类别 | 个案数目 | 百分比 |``. The header says which
column is the row's figure (数量, 已完成数, 个案数目), which the same figure at an earlier time (上期 →
``from``), which a share (百分比) and which only a rate that is no target of its own (环比, 完成率). The
header words and their roles are data (``loaders/data/table_columns.tsv``); this module only aligns the
cells. A header may run on over a second line of cells (a wrapped HTML header) and is forgotten at the
first line that is not in cells.

A table copied as text loses its bars: ``指标名称 单位 数量 上期 环比`` then ``城市低保支出 万元 22,273.8 19,297.7 15.42``.
A line whose every word is a header word opens such a table; each following line is split at its spaces and
aligned to the header (a row that leaves its unit cell empty, ``(1)城市低保人数 75,616 75,916 -0.40``, gets an
empty unit cell), until a line of prose (clause punctuation, or more words than columns).

>>> columns = TableColumns()
>>> columns.see("| 指标名称 | 单位 | 数量 | 上期 | 环比 |")
True
>>> [(r.label, r.unit, r.value, r.from_value) for r in columns.rows("| 2.乡 | 个 | 251 | 270 | -7.04 |")]
[('乡', '个', 251.0, 270.0)]
>>> columns.see("本表数字来自各区民政局。")  # prose: the table has ended
False
>>> columns.rows("| 2.乡 | 个 | 251 | 270 | -7.04 |")
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from loaders.lexicons import read_lexicon
from loaders.numbers import ARABIC_NUMBER, SPACED_NUMBER, parse_number

_MAX_ROW = 160  # a row of cells is short; longer lines are prose and never split (keeps the reader linear)
_MAX_CELLS = 12
_NUMBER_CELL_RE = re.compile(rf"^-?(?:{SPACED_NUMBER}|{ARABIC_NUMBER})$")
_PERCENT_CELL_RE = re.compile(rf"^(?P<num>{ARABIC_NUMBER})\s*[%％]$")
_UNIT_CELL_RE = re.compile(r"^(?:万|亿)?(?:个|家|所|处|张|床|人次|户次|人天|人|户|名|对|元|座|条|件|宗|具|本|次|间|套|项)"
                           r"(?:/[\u4e00-\u9fff·・.、]{1,4})?$")
_HEADER_UNIT_RE = re.compile(r"[（(](?P<unit>(?:万|亿)?(?:个|家|所|处|张|人次|人|户|名|对|元|宗|件))[)）]$")
_ORDINAL_RE = re.compile(r"^(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}\s*[.、．]|[A-Za-z]{1,3}\s*[、.．]?\s|"
                         r"[一二三四五六七八九十]{1,3}\s*、|[#＃*]|\s)+")
_RULE_CELL_RE = re.compile(r"^[-:—\s]*$")  # ---|---|--- under a markdown header
_DIGIT_RE = re.compile(r"[0-9０-９]")
_MEASURE_WORD_END_RE = re.compile(r"数目$|数$")
_HEADER_YEAR_RE = re.compile(r"((?:19|20)[0-9]{2})\s*年")


def _year_of(header_cell: str) -> int | None:
    """The year a header cell dates its column to: 截至2022年3月31日的个案数目 → 2022."""
    match = _HEADER_YEAR_RE.search(header_cell)
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class Column:
    role: str  # label, unit, value, from, share, skip
    unit: str = ""
    word: str = ""  # the header word matched (个案数目)


@dataclass(frozen=True)
class Row:
    """One figure of a row: its label, unit, value, the earlier value, and where the number is in the line."""
    label: str
    unit: str
    value: float
    from_value: float | None
    start: int
    end: int
    share: bool = False  # a percentage of the whole (百分比 column)
    measure: str = ""  # what the header says the number counts, when the row has no unit cell (个案数)
    year: int | None = None  # the year the header dates the column to (截至2022年3月31日的个案数目)


@lru_cache(maxsize=1)
def _header_words() -> tuple[tuple[str, Column], ...]:
    rows = read_lexicon("table_columns.tsv")
    words = [(row[0], Column(row[1], row[2] if len(row) > 2 else "", row[0])) for row in rows]
    return tuple(sorted(words, key=lambda item: -len(item[0])))


@lru_cache(maxsize=1)
def _last_characters() -> frozenset[str]:
    return frozenset(word[-1] for word, _ in _header_words()) | {")", "）"}


@lru_cache(maxsize=4096)
def column_of(header_cell: str) -> Column | None:
    """The role of the column a header cell names, by the cell's last words.

    >>> column_of("截至2022年3月31日 的个案数目")
    Column(role='value', unit='宗', word='个案数目')
    >>> column_of("金额(万元)")
    Column(role='value', unit='万元', word='')
    >>> column_of("备注") is None
    True
    """
    cell = header_cell.replace(" ", "")
    if not cell or cell[-1] not in _last_characters():
        return None  # most lines end in no header word: one set look-up
    unit = _HEADER_UNIT_RE.search(cell)
    if unit:
        return Column("value", unit.group("unit"))
    for word, column in _header_words():
        if cell.endswith(word):
            return column
    return None


_SECTION_SCOPES = ("城市", "农村", "城乡")  # the scopes a section line may give its rows (the scope words of a target)


def scoped_by_section(label: str, section: str) -> str:
    """A row label that repeats its section's name without the section's scope takes the scope: under the
    section 城市最低生活保障 the row 最低生活保障人数 is 城市最低生活保障人数 (under 农村… the same row is
    农村…). Any other label is kept.

    >>> scoped_by_section("最低生活保障人数", "城市最低生活保障")
    '城市最低生活保障人数'
    >>> scoped_by_section("城市特困人员救助供养人数", "农村最低生活保障")  # its own scope
    '城市特困人员救助供养人数'
    >>> scoped_by_section("养老机构床位", "民政机构和设施")  # a section with no scope
    '养老机构床位'
    """
    scope = next((word for word in _SECTION_SCOPES if section.startswith(word)), "")
    rest = section[len(scope):]
    if scope and len(rest) >= 2 and label.startswith(rest):
        return scope + label
    return label


def cells_of(line: str) -> list[tuple[str, int]]:
    """The cells of a line written with bars, each stripped, with its offset; the empty cell before a
    leading bar and after a trailing bar is dropped, inner empty cells are kept (they hold a column).

    >>> cells_of("| 镇 | 个 | 653 | |")
    [('镇', 2), ('个', 6), ('653', 10), ('', 15)]
    >>> cells_of("年老 | 123 470 | 57.0% |")
    [('年老', 0), ('123 470', 5), ('57.0%', 15)]
    """
    cells, position = [], 0
    for part in line.split("|"):
        stripped = part.strip()
        cells.append((stripped, position + (part.index(stripped) if stripped else 0)))
        position += len(part) + 1
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


class TableColumns:
    """The header of the table being read, kept from line to line of one document."""

    def __init__(self) -> None:
        self.columns: list[Column | None] = []
        self.years: list[int | None] = []  # a year each header cell names (截至2022年3月31日)
        self._open = False  # the last line was a header line, so a next line of words continues it
        self.spaced = False  # the table is written with spaces, not bars (指标名称 单位 数量 上期 环比)
        self.section = ""  # the last section line of a spaced table (城市最低生活保障), for its rows' scope

    def see(self, line: str) -> bool:
        """Take in a line; True when it is in cells (a header, a rule or a row), False when the table ended.

        >>> table = TableColumns()
        >>> table.see("指标名称 单位 数量 上期 环比"), table.spaced
        (True, True)
        >>> [(r.label, r.unit, r.value, r.from_value) for r in table.rows("城市低保支出 万元 22,273.8 19,297.7 15.42")]
        [('城市低保支出', '万元', 22273.8, 19297.7)]
        >>> table.see("全年共支出22,273.8万元，比上年增长15.42%。"), table.spaced  # prose ends it
        (False, False)
        """
        if "|" not in line:
            cells = self._spaced_cells(line)
            if cells is None:
                self.columns, self._open, self.spaced = [], False, False
                return False
            line = cells
        if len(line) > _MAX_ROW:
            self.columns, self._open, self.spaced = [], False, False
            return False
        cells = cells_of(line)[:_MAX_CELLS]
        texts = [text for text, _ in cells]
        if all(_RULE_CELL_RE.match(text) for text in texts):
            return True
        if any(_NUMBER_CELL_RE.match(text) or _PERCENT_CELL_RE.match(text) for text in texts):
            self._open = False
            return True
        named = [column_of(text) if text else None for text in texts]
        years = [_year_of(text) for text in texts]
        if self._open and self.columns and not any(column and column.role == "label" for column in named):
            self.columns.extend(named)  # a header wrapped onto a second line of cells
            self.years.extend(years)
            return True
        roles = {column.role for column in named if column}
        if len(texts) >= 2 and roles & {"value", "from", "share"} and (named[0] is None or named[0].role == "label"):
            self.columns, self.years, self._open = named, years, True
        return True

    def rows(self, line: str) -> list[Row]:
        """The figures a row of the current table gives (none without a header that names a value, an
        earlier value or a share column). A label that holds a number (a goal written in its cell) is no
        label: such rows are left to the sentence rules.

        >>> table = TableColumns()
        >>> table.see("个案类别 | 截至年底 的个案数目 |") and table.see("截至年底 的个案百分比 |")
        True
        >>> [(r.label, r.unit, r.value, r.share) for r in table.rows("年老 | 123 470 | 57.0% |")]
        [('年老', '宗', 123470.0, False), ('年老', '%', 57.0, True)]
        """
        if self.spaced and "|" not in line:
            return _at_words(line, self.rows(self._spaced_cells(line) or ""))
        if not self.columns or "|" not in line or len(line) > _MAX_ROW:
            return []
        cells = cells_of(line)[:_MAX_CELLS]
        if not cells:
            return []
        label = _ORDINAL_RE.sub("", _LABEL_OPENING_RE.sub("", _ORDINAL_RE.sub("", cells[0][0]).strip())).strip()
        if not label or _DIGIT_RE.search(label) or len(label) > 30:
            return []
        label = scoped_by_section(label, self.section) if self.spaced else label
        unit = next((text for (text, _), column in zip(cells, self.columns)
                     if column and column.role == "unit" and _UNIT_CELL_RE.match(text)), "")
        earlier = next((parse_number(text.replace(" ", "")) for (text, _), column in zip(cells, self.columns)
                        if column and column.role == "from" and _NUMBER_CELL_RE.match(text)), None)
        counted = next((column.word for column in self.columns if column and column.role == "value" and column.unit), "")
        measure = "" if unit else _MEASURE_WORD_END_RE.sub("数", counted)  # 个案数目 → 个案数
        found: list[Row] = []
        for number_at, ((text, at), column) in enumerate(zip(cells[1:], self.columns[1:]), start=1):
            if column is None or not text:
                continue
            year = self.years[number_at] if number_at < len(self.years) else None
            percent = _PERCENT_CELL_RE.match(text)
            if column.role == "share" and (percent or _NUMBER_CELL_RE.match(text)):
                number = percent.group("num") if percent else text
                value = parse_number(number)
                if value is not None:
                    found.append(Row(label, "%", value, None, at, at + len(number), share=True,
                                     measure=measure[:-1] if measure else "", year=year))
            elif column.role == "value" and _NUMBER_CELL_RE.match(text):
                value = parse_number(text.replace(" ", "")) if " " in text else parse_number(text)
                row_unit = unit or column.unit or label_unit(label)
                if value is not None and row_unit:
                    found.append(Row(label, row_unit, value, earlier, at, at + len(text), measure=measure, year=year))
        return found


    def _spaced_cells(self, line: str) -> str | None:
        """A line of a table written with spaces, as cells aligned to its header; None when it is no such line.

        A header line opens the table only when each of its words names a column and one names a value. A row
        after it is split at its spaces: a label, then the header's columns in order, the unit cell left empty
        when the row writes no unit. A section line (``(一)社会救助``) is one cell; a line with clause
        punctuation or more words than columns is prose and ends the table (returns None).

        >>> table = TableColumns()
        >>> table._spaced_cells("指标名称 单位 数量 上期 环比")
        '| 指标名称 | 单位 | 数量 | 上期 | 环比 |'
        >>> table.see("指标名称 单位 数量 上期 环比") and table._spaced_cells("(1)城市低保人数 75,616 75,916 -0.40")
        '| (1)城市低保人数 |  | 75,616 | 75,916 | -0.40 |'
        >>> TableColumns()._spaced_cells("城市低保人数 75,616 75,916")  # no header before it: not a table
        """
        if len(line) > _MAX_ROW or _PROSE_RE.search(line):
            return None
        words = line.split()
        if not words or len(words) > _MAX_CELLS:
            return None
        if len(words) == 1 and not self.spaced:
            words = _glued_header(words[0]) or words  # 指标名称单位数量: a header whose spaces were lost
        elif len(words) == 1:
            words = _glued_row(words[0]) or words  # 养老机构床位万张11.3: a row whose spaces were lost
        if all(column_of(word) for word in words) and len(words) >= 3:
            named = [column_of(word) for word in words]
            if named[0].role == "label" and any(column.role == "value" for column in named):
                self.spaced = True
                return "| " + " | ".join(words) + " |"
        if not self.spaced or not self.columns:
            return None
        if len(words) == 1:
            self.section = _ORDINAL_RE.sub("", words[0]).strip()
            return "| " + words[0] + " |"  # a section line, or a label whose numbers are on no line
        if len(words) > len(self.columns):
            return None
        cells, rest = [words[0]], words[1:]
        for column in self.columns[1:]:
            if not rest:
                break
            if column and column.role == "unit" and not _UNIT_CELL_RE.match(rest[0]):
                cells.append("")  # the row writes no unit
                continue
            cells.append(rest.pop(0))
        if rest:
            return None
        return "| " + " | ".join(cells) + " |"


_WORD_NUMBER_RE = re.compile(r"-?[0-9][0-9,.]*")
# A row whose cells were run together (a table copied without its spacing): a label, the unit cell if the row
# has one, and the number at the end. The label holds no digit, so the number is the line's only one.
_GLUED_ROW_RE = re.compile(
    rf"^(?P<label>(?:[0-9]{{1,2}}\s*[.、．])?[^\d\s|]{{1,30}}?)(?P<unit>(?:万|亿)?(?:人次|户次|人天|个|家|所|处|张|床|人|户|名|对|元|座|条|件|宗|具|本|次|间|套|项)"
    rf"(?:/[\u4e00-\u9fff·・.、]{{1,4}})?)?(?P<num>{ARABIC_NUMBER})$")
_MAX_GLUED_HEADER = 24


def _glued_header(word: str) -> list[str] | None:
    """A header whose cells were run together (指标名称单位数量), split into its header words, longest word
    first at each point; None unless the whole of it splits into three words at least.

    >>> _glued_header("指标名称单位数量")
    ['指标名称', '单位', '数量']
    >>> _glued_header("民政事业费累计支出") is None
    True
    """
    if len(word) > _MAX_GLUED_HEADER:
        return None
    words, at = [], 0
    while at < len(word):
        found = next((header for header, _ in _header_words() if word.startswith(header, at)), None)
        if found is None:
            return None
        words.append(found)
        at += len(found)
    return words if len(words) >= 3 else None


def _glued_row(word: str) -> list[str] | None:
    """A row of a spaced table whose cells were run together, split into its label, unit and number
    (the unit left out when the row writes none); None when the word ends in no number.

    >>> _glued_row("养老机构床位万张11.3"), _glued_row("镇143"), _glued_row("最低生活保障平均标准元/人·月1,245.0")
    (['养老机构床位', '万张', '11.3'], ['镇', '143'], ['最低生活保障平均标准', '元/人·月', '1,245.0'])
    >>> _glued_row("城市最低生活保障") is None  # a section line
    True
    >>> _glued_row("2.提供住宿的民政机构床位万张11.8")
    ['2.提供住宿的民政机构床位', '万张', '11.8']
    """
    match = _GLUED_ROW_RE.match(word)
    if match is None:
        return None
    return [part for part in (match.group("label"), match.group("unit"), match.group("num")) if part]


def _at_words(line: str, rows: list[Row]) -> list[Row]:
    """Rows read from a spaced line's cells, each number's offsets placed back in the line as written.

    >>> [(r.start, r.end) for r in _at_words("城市低保 万元 22,273.8", [Row("城市低保", "万元", 22273.8, None, 11, 19)])]
    [(8, 16)]
    """
    out, cursor = [], 0
    for row in rows:
        match = _WORD_NUMBER_RE.search(line, cursor)
        while match and parse_number(match.group().replace(",", "")) != row.value:
            match = _WORD_NUMBER_RE.search(line, match.end())
        if match is None:
            continue
        out.append(replace(row, start=match.start(), end=match.end()))
        cursor = match.end()
    return out


# a row of a table is words and numbers, never a clause (the marks as literals, not a class: with every
# alternative opening with a literal, re skips to the marks instead of trying each character)
_PROSE_RE = re.compile(r"，|。|；|！|？|;|,(?![0-9])")


@lru_cache(maxsize=1)
def _label_units() -> tuple[tuple[str, str], ...]:
    rows = read_lexicon("table_label_units.tsv")
    return tuple(sorted(((row[0], row[1]) for row in rows), key=lambda item: -len(item[0])))


def label_unit(label: str) -> str:
    """The unit a row label implies when the row and its header give none (城市低保人数 → 人), by the label's end
    (``loaders/data/table_label_units.tsv``); "" when it implies none.

    >>> label_unit("当月新增城市低保人数"), label_unit("农村低保户数"), label_unit("社会救助")
    ('人', '户', '')
    """
    for ending, unit in _label_units():
        if label.endswith(ending):
            return unit
    return ""


_STREAM_CELL = 40
_MIN_STREAM_ROWS = 3
_PENDING = 2  # unknown header words in a row (代码) before a known one
_HEADER_WORD = 6
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")  # a cell of a table written one cell a line is short; a longer line is prose and ends the table


def cell_stream_rows(lines: list[str]) -> dict[int, Row]:
    """The figures of a table whose cells are written one a line (an HTML table flattened, its bars dropped or
    kept: ``指 标`` ``单 位`` ``数 量`` ``1.社会救济`` ``城市低保人数`` ``万人`` ``2242.3``), keyed by the index of the line
    that holds the number (the row's start and end are offsets in that line). The header names the columns
    (``table_columns.tsv``) and their order; a run of lines that fits that order (a label, a unit cell, a number)
    is a row, and a line that fits none (a section heading, an empty cell dropped) is stepped over. One pass.

    >>> lines = ["指 标", "|", "单 位", "|", "数 量", "|", "1.社会救济", "|", "|", "|", "城市低保人数", "|", "万人", "|",
    ...          "2242.3", "|", "城市低保户数", "|", "万户", "|", "1036.5", "|", "农村低保人数", "|", "万人", "|", "1728.8", "|"]
    >>> [(i, r.label, r.unit, r.value) for i, r in cell_stream_rows(lines).items()][0]
    (14, '城市低保人数', '万人', 2242.3)
    >>> cell_stream_rows(["城市低保人数", "万人", "2242.3"])  # no header: not a table
    {}
    """
    cells: list[tuple[str, int]] = []
    found: dict[int, Row] = {}
    header: list[Column] = []
    pending: list[tuple[str, int]] = []  # short unknown words after a header word: header cells (代码) if one follows
    for index, raw in enumerate(lines):
        text = raw.strip()
        if text.endswith("|"):
            text = text[:-1].strip()
        if "|" in text or len(text) > _STREAM_CELL:
            found.update(_stream_rows(cells + pending, header))  # a row on one line, or prose: the table has ended
            cells, header, pending = [], [], []
            continue
        if not text:
            continue
        column = column_of(text)
        if column is not None and column.role == "label" and not (header and not cells and not pending):
            found.update(_stream_rows(cells + pending, header))
            cells, header, pending = [], [column], []
        elif header and not cells and column is not None and len(header) + len(pending) < _MAX_CELLS:
            header.extend([Column("skip")] * len(pending) + [column])
            pending = []
        elif header and not cells and len(pending) < _PENDING and len(text) <= _HEADER_WORD and not _DIGIT_RE.search(text):
            pending.append((text, index))
        elif header:
            cells.extend(pending)
            pending = []
            cells.append((text, index))
    found.update(_stream_rows(cells + pending, header))
    return found


_YEAR_CELL_RE = re.compile(r"^((?:19|20)[0-9]{2})\s*年?$")
_STREAM_LABEL_RE = re.compile(r"^[^\d|，。；,;:：]{1,20}$")
_CAPTION_UNITS_RE = re.compile(r"^单\s*位\s*[:：]\s*(?P<units>[^\s|，。；]{1,24})$")
_MIN_YEARS = 3
_TABLE_CAPTION_RE = re.compile(r"^表\s*[0-9]{1,2}\s*(?P<subject>[^\d\s|，。；,;:：]{2,20})$")


def captioned(label: str, caption: str) -> str:
    """A row label that names only a measure of what the caption counts takes the caption's subject:
    under 表3 社会服务机构床位 the rows 床位数 and 每千人口床位数 are 社会服务机构床位数 and
    每千人口社会服务机构床位数 (the caption's last two characters or more found in the label).

    >>> captioned("床位数", "社会服务机构床位"), captioned("每千人口床位数", "社会服务机构床位")
    ('社会服务机构床位数', '每千人口社会服务机构床位数')
    >>> captioned("结婚登记对数", "社会服务机构床位")  # nothing of the caption in it
    '结婚登记对数'
    """
    if not caption or caption in label:
        return label
    for size in range(min(len(caption) - 1, 6), 1, -1):
        tail = caption[-size:]
        if tail in label:
            return label.replace(tail, caption, 1)
    return label


def year_stream_rows(lines: list[str]) -> dict[int, Row]:
    """The figures of a table whose columns are years, written one cell a line (a bulletin's 表3 flattened:
    ``指标`` ``2006`` … ``2013`` ``床位数`` ``204.5`` … ``每千人口床位数`` ``1.56`` …), keyed by the index of the
    line that holds each number, each dated by its column. A caption line 单位:万张、张 gives the unit, the
    i-th unit to the i-th row when it lists several. A row is a label line and then one number line per
    year; anything else ends the table. One pass.

    >>> lines = ["单位:万张、张", "指标", "2011", "2012", "2013", "床位数", "396.4", "449.3", "526.7",
    ...          "每千人口床位数", "2.94", "3.32", "3.87", "1.提供住宿的养老服务。"]
    >>> [(i, r.label, r.value, r.unit, r.year) for i, r in year_stream_rows(lines).items()][::3]
    [(6, '床位数', 396.4, '万张', 2011), (10, '每千人口床位数', 2.94, '张', 2011)]
    >>> year_stream_rows(["指标", "2011", "2012", "床位数", "396.4", "449.3"])  # two years: no such table
    {}
    """
    found: dict[int, Row] = {}
    texts = [line.strip().strip("|").strip() for line in lines]
    units: list[str] = []
    subject = ""  # what the caption (表3 社会服务机构床位) says the table counts
    index = 0
    while index < len(texts):
        text = texts[index]
        caption = _CAPTION_UNITS_RE.match(text)
        if caption:
            units = caption.group("units").split("、")
        titled = _TABLE_CAPTION_RE.match(text)
        if titled:
            subject, units = titled.group("subject"), []
        column = column_of(text) if text else None
        if not (column is not None and column.role == "label"):
            index += 1
            continue
        at = index + 1
        years: list[int] = []
        while at < len(texts) and (not texts[at] or _YEAR_CELL_RE.match(texts[at])):
            if texts[at]:
                years.append(int(_YEAR_CELL_RE.match(texts[at]).group(1)))
            at += 1
        if len(years) < _MIN_YEARS:
            index += 1
            continue
        row_number = 0
        while at < len(texts):
            while at < len(texts) and not texts[at]:
                at += 1
            if at >= len(texts) or not _STREAM_LABEL_RE.match(texts[at]):
                break
            label, numbers, cursor = captioned(_ORDINAL_RE.sub("", texts[at]).strip(), subject), [], at + 1
            while cursor < len(texts) and len(numbers) < len(years):
                if texts[cursor]:
                    if not _NUMBER_CELL_RE.match(texts[cursor]):
                        break
                    numbers.append(cursor)
                cursor += 1
            if len(numbers) != len(years):
                break
            unit = units[min(row_number, len(units) - 1)] if units else label_unit(label)
            for year, line_at in zip(years, numbers):
                value = parse_number(texts[line_at])
                start = lines[line_at].index(texts[line_at])
                if value is not None and unit:
                    found[line_at] = Row(label, unit, value, None, start, start + len(texts[line_at]), year=year)
            row_number += 1
            at = cursor
        index = at
    return found


def _fits(text: str, column: Column) -> bool:
    if column.role == "label":
        return not _NUMBER_CELL_RE.match(text) and not _UNIT_CELL_RE.match(text)
    if column.role == "unit":
        return bool(_UNIT_CELL_RE.match(text))
    if column.role in ("value", "from", "share"):
        return bool(_NUMBER_CELL_RE.match(text) or _PERCENT_CELL_RE.match(text))
    return not _CJK_RE.search(text)  # a code or a rate, never the next row's label


def _stream_rows(cells: list[tuple[str, int]], header: list[Column]) -> dict[int, Row]:
    width = len(header)
    if width < 2 or not any(column.role == "value" for column in header):
        return {}
    # A row may end early: its last cells (a rate, an earlier value) were empty and the flattening dropped them.
    shortest = max(i for i, column in enumerate(header) if column.role in ("label", "unit", "value")) + 1
    found: dict[int, Row] = {}
    rows, at = 0, 0
    while at + shortest <= len(cells):
        for size in range(min(width, len(cells) - at), shortest - 1, -1):
            window = cells[at:at + size]
            ends_row = size == width or at + size == len(cells) or _fits(cells[at + size][0], header[0])
            if ends_row and all(_fits(text, column) for (text, _), column in zip(window, header)):
                found.update(_stream_row(window, header))
                rows, at = rows + 1, at + size
                break
        else:
            at += 1
    # One fitting window is chance (a PDF table read column by column: the last label, then two numbers);
    # a table written row by row gives row after row.
    return found if rows >= _MIN_STREAM_ROWS else {}


_LABEL_OPENING_RE = re.compile(r"^(?:其中\s*[:：]\s*|[0-9]{1,2}\s*[-—~～至]\s*[0-9]{1,2}\s*月份?)")  # 其中：, 1-2月份


def _stream_row(row: list[tuple[str, int]], header: list[Column]) -> dict[int, Row]:
    label = _ORDINAL_RE.sub("", _LABEL_OPENING_RE.sub("", _ORDINAL_RE.sub("", row[0][0]).strip())).strip()  # 其中:(1)儿童福利
    if not label or _DIGIT_RE.search(label):
        return {}
    unit = next((text for (text, _), column in zip(row, header) if column.role == "unit" and _UNIT_CELL_RE.match(text)), "")
    earlier = next((parse_number(text.replace(" ", "")) for (text, _), column in zip(row, header)
                    if column.role == "from" and _NUMBER_CELL_RE.match(text)), None)
    out: dict[int, Row] = {}
    for (text, at), column in zip(row, header):
        if column.role == "value" and _NUMBER_CELL_RE.match(text) and (unit or column.unit):
            value = parse_number(text.replace(" ", ""))
            if value is not None:
                out[at] = Row(label, unit or column.unit, value, earlier, 0, len(text))
    return out


# A yearbook page copied as text (a bilingual one: 项目 Item 2010 2015 2020 2021): the English words and the
# English unit in brackets ((10000 yuan), which holds digits) are no cells; what is left is a label, its unit
# in brackets, and numbers, on one line or with the numbers on a later line after the label's English wraps.
_ENGLISH_BRACKET_RE = re.compile(r"[（(][^（()）]*[A-Za-z][^（()）]*[)）]")
_ENGLISH_RE = re.compile(r"[A-Za-z][A-Za-z'’.,/&\- ]*")
_SPACED_YEAR_RE = re.compile(r"^(?:19|20)[0-9]{2}$")
_SPACED_LABEL_RE = re.compile(
    r"^(?P<sub>[#＃])?(?P<label>[\u4e00-\u9fff“”\"、（）()·]{1,30}?)\s*"
    r"(?:[（(](?P<unit>(?:万|亿)?(?:个|家|所|处|张|床|人次|户次|人|户|名|对|元|座|条|件|宗|具|次))[)）])?$")
_SPACED_NUMBERS_RE = re.compile(r"^-?[0-9][0-9,]*(?:\.[0-9]+)?(?:\s+-?[0-9][0-9,]*(?:\.[0-9]+)?)*$")
_SUB_MEASURE_RE = re.compile(r"(?:人数|户数|数)$")


def _without_english(line: str) -> str:
    """A yearbook line without its English translation.

    >>> _without_english("城市低保资金全年计划支出(万元)   The Annual Plan Expenditure of Minimum")
    '城市低保资金全年计划支出(万元)'
    >>> _without_english(" Living Allowance in Rural Areas(10000 yuan)"), _without_english("#女性    Female 59498 50814")
    ('', '#女性 59498 50814')
    """
    return " ".join(_ENGLISH_RE.sub(" ", _ENGLISH_BRACKET_RE.sub(" ", line)).split())


def sub_row_label(parent: str, part: str) -> str:
    """The name of an 其中 row (#女性) under a count (城镇居民最低生活保障人数): the part put before the
    parent's measure, so that the name says whose part it is.

    >>> sub_row_label("城镇居民最低生活保障人数", "女性"), sub_row_label("农村最低生活保障人数", "残疾人")
    ('城镇居民最低生活保障女性人数', '农村最低生活保障残疾人数')
    >>> sub_row_label("", "光荣院"), sub_row_label("农村低保资金支出", "中央资金")  # no count above: as written
    ('光荣院', '中央资金')
    """
    measure = _SUB_MEASURE_RE.search(parent)
    if not measure or not part or part.endswith(("数", "额")):
        return part
    stem = parent[:measure.start()]
    return stem + part + ("数" if part.endswith(("人", "户")) else measure.group())


def spaced_year_rows(lines: list[str]) -> dict[int, list[Row]]:
    """The figures of a yearbook table copied as text whose columns are years: a header line of the label
    column's word and three years or more (项目 Item 2010 2015 2020 2021), then rows of a label with its unit
    in brackets and the numbers, the numbers on the same line or on a later one (after the label's English
    wraps), keyed by the index of the line that holds the numbers. An 其中 row (#女性) is named under the count
    above it. A row with fewer numbers than years is read from the last year back (a series begun later,
    as the 特困人员 counts begun in 2016). A line that is none of these ends the table. One pass.

    >>> lines = ["项目 Item 2010 2015 2020", "城镇低保人数(人)   Number of Persons Receiving", "Allowance(person)",
    ...          "1815 1294 623", "#女性    Female 594 508 290", "城市特困人员供养人数(人) Number of destitute 58",
    ...          "全省城镇低保人数逐年下降。"]
    >>> [(i, r.label, r.value, r.unit, r.year) for i, rows in spaced_year_rows(lines).items() for r in rows][::2]
    [(3, '城镇低保人数', 1815.0, '人', 2010), (3, '城镇低保人数', 623.0, '人', 2020), (4, '城镇低保女性人数', 508.0, '人', 2015), (5, '城市特困人员供养人数', 58.0, '人', 2020)]
    >>> spaced_year_rows(["2019 2020 2021 年，全省城镇低保人数 1815 1294 623"])  # no header word: no table
    {}
    """
    found: dict[int, list[Row]] = {}
    years: list[int] = []
    pending: tuple[str, str] | None = None  # the label and unit whose numbers are still to come
    parent, parent_unit = "", ""  # the last full row's label and unit, for its 其中 rows
    for index, raw in enumerate(lines):
        if len(raw) > _MAX_ROW or "|" in raw:
            years, pending = [], None
            continue
        words = raw.split()
        if len(words) >= 4 and _SPACED_YEAR_RE.match(words[-1]):
            head = [w for w in words if not _SPACED_YEAR_RE.match(w)]
            stated = [int(w) for w in words if _SPACED_YEAR_RE.match(w)]
            column = column_of(_without_english(" ".join(head))) if head else None
            if len(stated) >= _MIN_YEARS and column is not None and column.role == "label":
                years, pending, parent, parent_unit = stated, None, "", ""
                continue
        if not years:
            continue
        text = _without_english(raw)
        if not text:
            continue  # the English of a label, wrapped
        first = re.search(r"\s-?[0-9]", " " + text)
        label_part = text[:first.start() - 1].strip() if first and first.start() > 0 else ("" if first else text)
        numbers_part = text[len(label_part):].strip()
        if numbers_part and not _SPACED_NUMBERS_RE.match(numbers_part):
            years, pending = [], None
            continue
        if label_part:
            labelled = _SPACED_LABEL_RE.match(label_part)
            if not labelled or _PROSE_RE.search(label_part):
                years, pending = [], None
                continue
            label, unit = labelled.group("label"), labelled.group("unit") or ""
            if labelled.group("sub"):
                label, unit = sub_row_label(parent, label), unit or parent_unit or label_unit(label)
            elif unit:
                parent, parent_unit = label, unit
            else:
                pending = None  # a section line (社会救济)
                if not numbers_part:
                    continue
            pending = (label, unit) if unit else None
        if not numbers_part or pending is None:
            continue
        label, unit = pending
        numbers = [(m.group(), m.start()) for m in re.finditer(r"-?[0-9][0-9,]*(?:\.[0-9]+)?", raw)
                   if not _SPACED_YEAR_RE.match(m.group()) or len(raw.split()) > 1]
        numbers = [(n, at) for n, at in numbers if n in numbers_part.split()][-len(numbers_part.split()):]
        if len(numbers) > len(years):
            continue
        rows = []
        for year, (number, at) in zip(years[len(years) - len(numbers):], numbers):
            value = parse_number(number.replace(",", ""))
            if value is not None:
                rows.append(Row(label, unit, value, None, at, at + len(number), year=year))
        found[index] = rows
        pending = None  # each row's numbers are read once
    return found
