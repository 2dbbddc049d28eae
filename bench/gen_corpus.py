"""A scale corpus: N invented 民政 documents with the variety of a national collection.

The benchmark corpora used to be copies of the 38 real documents, so their graph
stopped growing at ~11k nodes whatever their size. This generator writes N
distinct documents whose entities keep growing with N, the way a national
collection's would:

- **places** from the shipped gazetteer (``loaders/data/gazetteer.tsv``: 3,400
  provinces, cities and counties), weighted towards cities and counties;
- **people**: invented names (common surnames × given-name characters), one
  official per place, post and four-year term, so a name recurs in a place's
  documents for a few years and then changes;
- **programs**: the national programs of ``loaders/data/program_concepts.tsv``
  and ``loaders/data/indicators.tsv`` when those catalogues are present
  (a small built-in list otherwise), plus quoted local brands ("暖心护航"行动)
  that spread from place to place;
- **targets**: indicator values that grow with the year and differ by place;
- **policies**: national regulations, and local 实施意见/办法 per place;
- **years** 2005–2025; kinds: work plans (工作要点), meeting reports, notices,
  year summaries and statistics bulletins; a share as HTML pages with site
  furniture and a share in traditional script, as in the real corpus.

Sentences are this module's own templates, written after reading the real
documents' patterns; no sentence is copied from them. The output is a folder
of sub-folders of ``--per-folder`` files, each with an ``INDEX.tsv`` (title,
issuing body, place, year) like the shared corpus, and (with ``manifest=True``)
a ``planted.jsonl`` listing what each document names, for recall checks.
Deterministic: the same seed and N give byte-identical files, and document i
does not depend on N (a 10k corpus is the first 10k of a 100k corpus).

    python bench/gen_corpus.py OUT --docs 100000 [--seed 13]

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> docs = generate(folder, 3, seed=1)
>>> [d.path.suffix for d in docs] != [] and all(d.path.exists() for d in docs)
True
>>> generate(folder / "again", 3, seed=1)[2].text == docs[2].text
True
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "loaders" / "data"
YEARS = range(2005, 2026)

# Common surnames (by frequency) and characters seen in given names; combinations are invented people.
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("建国志明晓东海燕立新春华国强玉兰文军红梅德胜永刚秀英丽娟振宇伟民桂芳淑珍宏亮学勇家豪俊杰婷婷雪松"
         "锦程卫平小平庆丰长青宝林振华世杰兆明清泉晓峰凤霞翠萍金生向阳瑞祥永福福林树森光辉明远")
# Posts in the order a report names them; the organisation is the place's government or its bureau.
POSTS = (("市长", "government"), ("副市长", "government"), ("局长", "bureau"), ("副局长", "bureau"),
         ("党组书记、局长", "bureau"))

# Used when loaders/data has no program catalogue (issue 13: others add them in parallel).
FALLBACK_PROGRAMS = ("居家和社区养老服务改革试点", "社区治理和服务创新实验区", "特困人员供养服务设施改造提升工程",
                     "困难老年人家庭适老化改造", "农村留守儿童关爱保护专项行动", "城乡社区综合服务设施建设",
                     "社会救助综合改革试点", "殡葬领域突出问题专项整治", "婚俗改革实验区", "“三社联动”机制",
                     "“五社联动”机制", "儿童督导员和儿童主任配备", "养老服务时间银行试点", "政府购买社会工作服务")
FALLBACK_INDICATORS = (("城市低保标准", "元/月", 180, 1100), ("农村低保标准", "元/年", 1200, 9000),
                       ("养老床位", "张", 800, 60000), ("护理型床位占比", "%", 20, 70),
                       ("特困人员集中供养率", "%", 30, 60), ("社区综合服务设施覆盖率", "%", 40, 100),
                       ("持证社会工作者", "人", 50, 8000), ("注册志愿者", "万人", 1, 120),
                       ("孤儿基本生活保障标准", "元/月", 600, 2000), ("临时救助", "人次", 200, 40000))
NATIONAL_POLICIES = ("社会救助暂行办法", "养老机构管理办法", "社会组织登记管理条例", "城市居民委员会组织法",
                     "殡葬管理条例", "慈善法", "老年人权益保障法", "关于加快发展养老服务业的若干意见",
                     "关于加强农村留守儿童关爱保护工作的意见", "关于改革完善社会救助制度的意见",
                     "关于推进养老服务发展的意见", "关于加强和完善城乡社区治理的意见")
LOCAL_POLICY_TOPICS = ("最低生活保障", "临时救助", "特困人员救助供养", "养老服务设施建设", "社区居家养老服务",
                       "社会组织培育发展", "城乡社区治理", "殡葬改革", "儿童福利", "残疾人两项补贴")
# Two-character words that local brands are made of (“暖心护航”, “幸福邻里”), and what a brand is called.
POLICY_VERBS = ("进一步加强", "进一步规范", "健全完善", "全面推进", "深化", "加快推进", "切实做好", "创新开展")
POLICY_FORMS = ("实施意见", "实施方案", "暂行办法", "指导意见", "管理办法")
BRAND_WORDS = ("暖心", "护航", "幸福", "邻里", "银龄", "安康", "夕阳", "红色", "一站", "同心", "阳光", "助老",
               "关爱", "童心", "守护", "连心", "惠民", "共享", "善治", "和美", "温情", "康养", "乐居", "微光",
               "聚力", "颐养", "春风", "携手", "筑梦", "暖巢", "润心", "安居", "睦邻", "长青", "百姓", "便民")
BRAND_KINDS = ("工程", "行动", "计划", "项目", "专项行动", "服务品牌")
TOPIC_PHRASES = ("兜牢基本民生底线", "健全分层分类社会救助体系", "扩大养老服务有效供给", "推进城乡社区治理现代化",
                 "规范社会组织登记管理", "深化殡葬改革", "加强未成年人保护", "提升婚姻登记服务水平",
                 "发展慈善事业和社会工作", "做好困难残疾人生活补贴工作")
NAV = ("首页", "机构概况", "政务公开", "民政要闻", "通知公告", "办事服务", "互动交流")


@dataclass
class Place:
    code: str
    name: str
    level: str  # province, city, county
    parent: str | None

    @property
    def scope(self) -> str:
        """全市 / 全省 / 全县 / 全区: how a document addresses its own territory."""
        if self.level == "province":
            return "全区" if self.name.endswith("自治区") else "全省"
        last = self.name[-1]
        return {"市": "全市", "县": "全县", "区": "全区", "旗": "全旗", "州": "全州"}.get(last, "全市")


@dataclass
class GeneratedDoc:
    path: Path
    text: str
    title: str
    place: str
    year: int
    kind: str
    planted: dict[str, list[str]] = field(default_factory=dict)


# -- catalogues ----------------------------------------------------------------------------
def _tsv_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a catalogue TSV (``#`` lines are comments), or [] if the file isn't there."""
    if not path.is_file():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Gazetteer divisions with a name (Taiwan, Hong Kong and Macao left out: their bodies differ)."""
    out = []
    for row in _tsv_rows(DATA / "gazetteer.tsv"):
        if row["code"][:2] in ("71", "81", "82") or row["level"] not in ("province", "city", "county"):
            continue
        out.append(Place(row["code"], row["name"], row["level"], row.get("parent") or None))
    if not out:
        raise SystemExit(f"no gazetteer at {DATA / 'gazetteer.tsv'}")
    return tuple(out)


@lru_cache(maxsize=1)
def programs() -> tuple[str, ...]:
    """National program names: the program catalogue's names and aliases, else the built-in list."""
    names = []
    for row in _tsv_rows(DATA / "program_concepts.tsv"):
        names.append(row.get("name", ""))
        names.extend((row.get("aliases") or "").split("|")[:2])
    names = [n.strip() for n in names if n and 4 <= len(n.strip()) <= 20]
    return tuple(dict.fromkeys(names)) or FALLBACK_PROGRAMS


@lru_cache(maxsize=1)
def indicators() -> tuple[tuple[str, str, float, float], ...]:
    """(indicator, unit, low, high). Catalogue names get a unit and range from their unit family."""
    ranges = {"people": ("人", 50, 20000), "share": ("%", 10, 95), "percent": ("%", 10, 95),
              "beds": ("张", 500, 50000), "count": ("个", 5, 900), "money_period": ("元/月", 200, 1500)}
    out = []
    for row in _tsv_rows(DATA / "indicators.tsv"):
        family = (row.get("unit_family") or "").strip()
        name = (row.get("name") or "").strip()
        if family in ranges and 3 <= len(name) <= 12:
            out.append((name, *ranges[family]))
    return tuple(out[:40]) + FALLBACK_INDICATORS


# -- the pieces of one document ------------------------------------------------------------
def _by_code() -> dict[str, Place]:
    return {p.code: p for p in places()}


_BY_CODE: dict[str, Place] = {}


def parent_chain(place: Place) -> list[Place]:
    """The place and its parents, outermost first (广东省, 肇庆市, 四会市)."""
    if not _BY_CODE:
        _BY_CODE.update(_by_code())
    chain = [place]
    while chain[0].parent and chain[0].parent in _BY_CODE:
        chain.insert(0, _BY_CODE[chain[0].parent])
    return chain


@lru_cache(maxsize=1)
def _children() -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    for place in places():
        if place.parent:
            out.setdefault(place.parent, []).append(place)
    return out


def children(code: str) -> list[Place]:
    """The divisions directly under ``code`` (a city's counties)."""
    return _children().get(code, [])


def agency(place: Place) -> str:
    return place.name + ("民政厅" if place.level == "province" else "民政局")


def government(place: Place) -> str:
    return place.name + "人民政府"


def person(seed: int, place: Place, post: int, year: int) -> str:
    """The holder of ``post`` in ``place`` for the four-year term containing ``year`` (stable across documents)."""
    rng = random.Random(f"{seed}|{place.code}|{post}|{(year - 2005) // 4}")
    return rng.choice(SURNAMES) + given_name(rng)


def given_name(rng: random.Random) -> str:
    """One or two characters: ~100 surnames x ~10,000 given names, so 10^5 people rarely share a name."""
    return rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.8 else "")


def post_title(place: Place, post: int) -> str:
    title = POSTS[post][0]
    if place.level == "province":
        return title.replace("市长", "省长").replace("局长", "厅长")
    if place.level == "county" and place.name.endswith("县"):
        return title.replace("市长", "县长")
    if place.level == "county" and place.name.endswith("区"):
        return title.replace("市长", "区长")
    return title


def local_brand(rng: random.Random, place: Place) -> str:
    """A quoted local brand: mostly the place's own (stable per place), sometimes one copied from elsewhere."""
    if rng.random() < 0.7:
        own = random.Random(place.code)
        first, second = own.sample(BRAND_WORDS, 2)
        kind = own.choice(BRAND_KINDS)
    else:
        first, second = rng.sample(BRAND_WORDS, 2)
        kind = rng.choice(BRAND_KINDS)
    return f"“{first}{second}”{kind}"


def target(rng: random.Random, place: Place, year: int) -> tuple[str, str]:
    """(sentence clause, indicator) for an indicator value that grows with the year."""
    name, unit, low, high = rng.choice(indicators())
    share = (year - 2005) / 20
    value = low + (high - low) * (0.2 + 0.6 * share) * rng.uniform(0.6, 1.2)
    if unit in ("%",):
        value = min(round(value, 1), 99.0)
        number = f"{value:g}"
    elif value >= 10000 and unit in ("人", "张", "人次"):
        number, unit = f"{value / 10000:.2f}".rstrip("0").rstrip("."), "万" + unit
    else:
        number = str(int(value))
    verb = rng.choice(("达到", "提高到", "稳定在", "不低于", "力争达到"))
    if unit.startswith("元/"):
        per = "每人每月" if unit == "元/月" else "每人每年"
        return f"{name}{verb}{per}{number}元", name
    return f"{name}{verb}{number}{unit}", name


def policy_local(rng: random.Random, place: Place, year: int) -> str:
    """A local regulation: 《四会市关于进一步规范临时救助工作的实施意见》 or 《四会市殡葬改革实施办法》."""
    topic = rng.choice(LOCAL_POLICY_TOPICS)
    if rng.random() < 0.3:
        return f"《{place.name}{topic}实施办法》"
    return f"《{place.name}关于{rng.choice(POLICY_VERBS)}{topic}工作的{rng.choice(POLICY_FORMS)}》"


def grassroots(seed: int, rng: random.Random, place: Place, year: int) -> list[tuple[str, str]]:
    """Two or three (unit and post, name) of community and village cadres commended in a report."""
    out = []
    for _ in range(rng.randint(2, 3)):
        unit = rng.choice(BRAND_WORDS) + rng.choice(("社区", "村"))
        post = "党委书记" if unit.endswith("社区") else rng.choice(("村委会主任", "党支部书记"))
        term = random.Random(f"{seed}|{place.code}|{unit}|{post}|{(year - 2005) // 3}")
        name = term.choice(SURNAMES) + given_name(term)
        out.append((unit + post, name))
    return out


def month_day(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(1, 28)


# -- documents --------------------------------------------------------------------------
KINDS = ("meeting", "work_plan", "notice", "summary", "bulletin")
KIND_WEIGHTS = (0.35, 0.25, 0.15, 0.15, 0.10)


def build_document(seed: int, index: int) -> GeneratedDoc:
    """Document ``index`` of the corpus for ``seed``; independent of how many documents are generated."""
    rng = random.Random(f"{seed}:{index}")
    pool = places()
    level_pick = rng.random()
    wanted = "province" if level_pick < 0.05 else "city" if level_pick < 0.35 else "county"
    place = rng.choice(pool)
    while place.level != wanted:
        place = rng.choice(pool)
    year = rng.choice(YEARS)
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    chain = parent_chain(place)
    bureau = agency(place)
    planted: dict[str, list[str]] = {"Place": [place.name], "Agency": [bureau], "Person": [], "Program": [],
                                     "Policy": [], "Target": []}
    month, day = month_day(rng)
    people = []
    for post in rng.sample(range(len(POSTS)), 2):
        name = person(seed, place, post, year)
        if name not in (p for p, _ in people):
            people.append((name, post))
    planted["Person"] = [name for name, _ in people]

    def official(i: int) -> str:
        name, post = people[i % len(people)]
        # 省民政厅 / 市民政局 / 县民政局 / 区民政局 / 旗民政局: the body's short name, as reports write it.
        org = "" if POSTS[post][1] == "government" else ("省民政厅" if place.level == "province"
                                                        else place.name[-1] + "民政局")
        return f"{org}{post_title(place, post)}{name}"

    targets = []
    for _ in range(rng.randint(3, 6)):
        clause, name = target(rng, place, year)
        targets.append(clause)
        planted["Target"].append(name)
    national = rng.sample(programs(), 2)
    brand = local_brand(rng, place)
    planted["Program"] = [*national, brand.replace("“", "").replace("”", "")]
    policies = [f"《{p}》" for p in rng.sample(NATIONAL_POLICIES, 1)] + [policy_local(rng, place, year)]
    planted["Policy"] = [p.strip("《》") for p in policies]
    neighbour = rng.choice(children(place.code) or [place])
    if neighbour is not place:
        planted["Place"].append(neighbour.name)
    cadres = grassroots(seed, rng, place, year)
    commended = "、".join(f"{unit}{name}" for unit, name in cadres)
    phrase_a, phrase_b = rng.sample(TOPIC_PHRASES, 2)
    scope = place.scope

    sentences: list[str] = []
    if kind == "meeting":
        title = f"{place.name}召开{year}年{scope}民政工作会议"
        sentences += [
            f"{month}月{day}日，{year}年{scope}民政工作会议在{place.name}召开。",
            f"{official(0)}出席会议并讲话，{official(1)}主持会议。",
            f"会议总结了{year - 1}年工作，安排部署{year}年重点任务，要求{phrase_a}，{phrase_b}。",
            f"会议提出，{year}年{'，'.join(targets[:2])}。",
            f"全年要深入实施{brand}，扎实推进{national[0]}和{national[1]}。",
            f"会议强调，要认真贯彻{policies[0]}，抓好{policies[1]}落地见效。",
        ]
        if neighbour is not place:
            sentences.append(f"{neighbour.name}等地作了交流发言。")
        sentences.append(f"会议表彰了{commended}等先进个人。")
        planted["Person"] += [name for _, name in cadres]
        sentences += [f"此外，{clause}。" for clause in targets[2:]]
    elif kind == "work_plan":
        title = f"{bureau}关于印发{year}年{scope}民政工作要点的通知"
        sentences += [
            f"各有关单位：现将《{year}年{scope}民政工作要点》印发给你们，请结合实际认真贯彻落实。",
            f"{bureau}",
            f"{year}年{month}月{day}日",
            f"一、{phrase_a}。" + "；".join(targets[:3]) + "。",
            f"二、{phrase_b}。推进{national[0]}，组织实施{brand}。",
            f"三、抓好{national[1]}，年底前完成阶段任务。" + "；".join(targets[3:]) + ("。" if targets[3:] else ""),
            f"四、认真执行{policies[0]}，修订完善{policies[1]}。",
        ]
        if neighbour is not place:
            sentences.append(f"五、在{neighbour.name}开展{national[0]}先行先试。")
        sentences.append(f"联系人：{official(1)}。")
    elif kind == "notice":
        title = f"{bureau}关于做好{year}年{rng.choice(LOCAL_POLICY_TOPICS)}工作的通知"
        sentences += [
            f"各{'市（州）' if place.level == 'province' else '乡镇（街道）'}民政部门：",
            f"为贯彻落实{policies[0]}和{policies[1]}，现就有关事项通知如下。",
            f"一、明确标准。{year}年{targets[0]}，{targets[1]}。",
            f"二、突出重点。各地要把{national[0]}作为重点工作，同步推进{brand}。",
            f"三、加强督导。{official(0)}牵头开展专项督查，结果纳入年度考核。",
            f"{bureau}",
            f"{year}年{month}月{day}日",
        ]
    elif kind == "summary":
        title = f"{bureau}{year}年工作总结"
        sentences += [
            f"{year}年，在{government(place)}的坚强领导下，{scope}民政系统{phrase_a}，各项工作取得新进展。",
            f"一是社会救助更加有力，" + "，".join(targets[:2]) + "。",
            f"二是养老服务加快发展，{national[0]}顺利通过验收，" + "，".join(targets[2:4]) + "。",
            f"三是创新举措持续推出，{brand}惠及群众，{national[1]}覆盖面进一步扩大。",
            f"四是制度建设不断完善，出台{policies[1]}。",
            f"{official(0)}在年终述职中表示，{year + 1}年将{phrase_b}。",
            f"全年评选表彰{commended}等一批基层民政先进典型。",
        ]
        planted["Person"] += [name for _, name in cadres]
    else:
        title = f"{year}年{place.name}民政事业发展统计公报"
        sentences += [
            f"{year}年，{scope}民政事业稳步发展，现将主要统计数据公布如下。",
            *[f"截至{year}年底，{clause}。" for clause in targets],
            f"{year}年，{brand}和{national[0]}共惠及困难群众{rng.randint(2, 90)}万人次。",
            f"数据来源：{bureau}。",
        ]
    text = title + "\n" + "\n".join(sentences) + "\n"
    issuing = bureau if kind != "meeting" else f"{bureau}（{rng.choice(('本地日报', '政府网', '民政网'))}报道）"
    html = rng.random() < 0.08
    traditional = rng.random() < 0.03
    if traditional:
        text = _to_traditional(text)
    if html:
        body = "".join(f"<p>{line}</p>\n" for line in text.splitlines()[1:])
        text = (f"<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\n"
                f"<div class=\"nav\">{' | '.join(NAV)}</div>\n<h1>{text.splitlines()[0]}</h1>\n{body}"
                f"<div class=\"footer\">主办：{bureau} 版权所有</div>\n</body></html>\n")
    path = Path(f"p{index // 1000:04d}") / f"{index:07d}.{'html' if html else 'txt'}"
    place_path = "".join(p.name for p in chain)
    return GeneratedDoc(path, text, title, place_path, year, kind, planted)


_T2S = None


def _to_traditional(text: str) -> str:
    global _T2S
    if _T2S is None:
        from opencc_pyo3 import OpenCC

        _T2S = OpenCC("s2t")
    return _T2S.convert(text)


def generate(out: str | Path, docs: int, seed: int = 13, per_folder: int = 1000,
             manifest: bool = False) -> list[GeneratedDoc]:
    """Write ``docs`` documents under ``out`` (sub-folders of ``per_folder`` files, each with INDEX.tsv).

    Returns the documents (without their text kept, past 10,000 documents, to bound memory).
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[GeneratedDoc] = []
    planted_file = (out / "planted.jsonl").open("w", encoding="utf-8") if manifest else None
    index_rows: list[list[str]] = []
    folder: Path | None = None

    def flush_index() -> None:
        if folder is not None and index_rows:
            with (folder / "INDEX.tsv").open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
                writer.writerow(["file", "title", "issuing_body", "place", "year"])
                writer.writerows(index_rows)
        index_rows.clear()

    try:
        for i in range(docs):
            doc = build_document(seed, i)
            # per_folder other than 1000 regroups the files; the documents stay the same.
            doc.path = Path(f"p{i // per_folder:04d}") / doc.path.name
            target_folder = out / doc.path.parent
            if target_folder != folder:
                flush_index()
                folder = target_folder
                folder.mkdir(parents=True, exist_ok=True)
            (out / doc.path).write_text(doc.text, encoding="utf-8")
            index_rows.append([doc.path.name, doc.title, agency_of_title(doc), doc.place, str(doc.year)])
            if planted_file is not None:
                planted_file.write(json.dumps({"file": str(doc.path), **doc.planted}, ensure_ascii=False) + "\n")
            doc.path = out / doc.path
            if docs > 10_000:
                doc.text = ""
            written.append(doc)
        flush_index()
    finally:
        if planted_file is not None:
            planted_file.close()
    return written


def agency_of_title(doc: GeneratedDoc) -> str:
    return doc.planted["Agency"][0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write (created)")
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--per-folder", type=int, default=1000)
    parser.add_argument("--manifest", action="store_true", help="also write planted.jsonl (what each document names)")
    args = parser.parse_args(argv)
    docs = generate(args.out, args.docs, args.seed, args.per_folder, args.manifest)
    chars = sum(d.path.stat().st_size for d in docs) // 3
    print(f"{len(docs)} documents under {args.out} (~{chars:,} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
