"""A learned filter and chooser for Agency PROMOTES Program (issue 11).

The PROMOTES rules in :mod:`loaders.relate` pick a body for each program by how texts write it
(a body before the program with a verb of pushing, the issuer of a plan, a work plan's lead
body...). They are precise on the pages they were written for and much less on unseen ones.
This step learns, from the annotated pages, which of the candidate pairs a reader would call
PROMOTES: for each program mention, the candidates are the agencies of its sentence, the body
that runs the document (its issuer), and the bodies the rules chose. Each candidate is a list
of binary features (which rule chose it, distance, order, the verbs between, the kind and level
of the body, whether the page's first line names it, how many bodies the sentence names...) scored by a
logistic (maximum-entropy) model:
P = 1 / (1 + exp(-sum of the weights of its features)).

A rule edge is kept when P reaches the model's ``keep`` threshold; a candidate no rule chose
is added, with method ``promotes-model``, when P reaches ``add`` (the best one per program
only, and only for a program left with no body). The weights are data
(``loaders/data/promotes_model.tsv``, trained by ``scripts/train-promotes-model`` with
python-crfsuite on one-item sequences, which is a maximum-entropy classifier).

Linear: a program's candidates are the bodies of its own sentence (at most ``MAX_LOCAL``, the
nearest) plus the issuer and the rules' bodies; each feature reads the text between the two
mentions, inside one sentence.

>>> body_level("营口市民政局"), body_level("老边区民政局"), body_level("湖北省民政厅"), body_level("民政部")
(2, 3, 1, 0)
>>> body_kind("中共营口市委"), body_kind("营口市人民政府"), body_kind("营口市民政局"), body_kind("营口市慈善总会")
('party', 'gov', 'civil', 'other')
>>> round(sigmoid(0.0), 2)
0.5
"""
from __future__ import annotations

import heapq
import math
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, Iterator, TypeVar

from loaders.types import DocumentInfo, Mention, Sentence

DEFAULT_MODEL = Path(__file__).with_name("data") / "promotes_model.tsv"
ENVIRONMENT = "CIVKG_PROMOTES_MODEL"
OFF = ("off", "none", "rules")
ON = ("on", "default")
# On by default since stop 20: a fresh blind set agreed with blind62 on the relation micro. Rules alone → model:
# blind62 PROMOTES F1 .393 -> .406, relation micro .578 -> .590; the 57 fresh pages of stop 20 (never seen by the
# rules or the model) PROMOTES .335 -> .338, relation micro .577 -> .586 (precision .642 -> .679). It mostly drops
# a rule's edge, so PROMOTES precision rises and recall falls a little (docs/benchmarks.md, issue 11).
# Stop 21: retrained on the 482 study pages with a body's level and kind read from its name's real place and party
# words, keep .25 chosen with each study folder left out in turn: blind57 PROMOTES .338 -> .342, relation micro
# .586 -> .588 (against rules alone .335 / .577), every rule test on invented sentences passing with it on. Its
# add threshold is 1.01: it keeps or drops the rules' edges and adds none (adds never fired on a held-out folder).
# ``--no-promotes-model`` / CIVKG_PROMOTES_MODEL=off: the rules alone.
DEFAULT_ON = True
METHOD = "promotes-model"
# the nearest bodies of a program's sentence that are candidates: a long list of bodies (a work plan's
# 成员单位) stays a bounded number of candidates per program
MAX_LOCAL = 6
# verbs of running a program, and of joining or leading one, read between a body and the program
_VERBS = ("牵头", "负责", "推进", "推动", "开展", "实施", "组织", "联合", "启动", "举办", "部署", "落实", "指导",
          "建立", "建设", "打造", "创建", "推行", "推广", "完善", "深化", "召开", "印发", "出台", "制定", "配合",
          "支持", "参与", "协助", "表彰", "授予", "评为", "入选", "获得", "申报", "命名", "确定", "批准")
# candidates also from the sentence before a program whose own sentence names no body
_CLAUSE_BREAK = re.compile(r"[，,：:]")
_SENTENCE_BREAK = re.compile(r"[；;。]")


def sigmoid(x: float) -> float:
    """The logistic function, safe for large |x|."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


# a level word written where a place name would be (省民政厅, 市委, 县政府): the level it names
_LEVEL_WORDS = (("自治区", 1), ("省", 1), ("市", 2), ("州", 2), ("盟", 2), ("县", 3), ("区", 3), ("旗", 3))
_GAZETTEER_LEVELS = {"province": 1, "city": 2, "county": 3}
# a township, street or community written after the county (雨湖区先锋街道办事处, 东兴镇人民政府, 幸福社区居委会):
# one to eight characters and its level suffix (乡 not in 乡村, 村 not after 乡: 乡村振兴局 names no village)
_SUB_COUNTY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡(?!村)|街道|苏木|社区|嘎查|(?<!乡)村)")
_NATIONAL = re.compile(r"^(?:国务院|中共中央|中央|全国|国家)|部$")
# a party body: the party's own name, its committees and groups, or a place's committee (营口市委, 县委组织部)
_PARTY_NAMED = re.compile(r"^(?:中共|中国共产党)|党委|党组|党工委|党支部|党总支|纪委|纪律检查委员会")
_PARTY_COMMITTEE = re.compile(
    r"^(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)?委(?:员会)?(?:$|办公|组织部|宣传部|统战部|政法委|社会工作部|编办|考核办|农办|网信办)")
# committees that are not the party's although written …委员会: other parties', the CPPCC's, the league's
_NOT_PARTY = re.compile(r"政协|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联|共青团|团委")


def _place_prefix(name: str) -> tuple[int | None, str]:
    """The level of the places a body's name opens with (the deepest, read left to right through the
    gazetteer's full names) and the rest of the name after them.

    >>> _place_prefix("青岛市市南区民政局"), _place_prefix("广西壮族自治区民政厅"), _place_prefix("乡村振兴局")
    ((3, '民政局'), (1, '民政厅'), (None, '乡村振兴局'))
    """
    from loaders.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    level, rest = None, name
    for prefix in ("中共", "中国共产党"):
        if rest.startswith(prefix):
            rest = rest[len(prefix):]
    while rest:
        # the longest full name the rest opens with (营口市 before 营口)
        for length in range(min(len(rest), 12), 1, -1):
            places = gazetteer.by_name.get(rest[:length])
            levels = [_GAZETTEER_LEVELS[p.level] for p in places or () if p.level in _GAZETTEER_LEVELS]
            if levels:
                level, rest = max(levels), rest[length:]
                break
        else:
            break
    return level, rest


def body_level(name: str) -> int | None:
    """0 national, 1 province, 2 city, 3 county or district, 4 township or community; None unknown.

    The level is the place's the name opens with (the gazetteer's, the deepest written: 青岛市市南区民政局 is a
    district's bureau), or a level word standing for one (省民政厅), then a township, street or community
    written after it (…街道办事处). Characters inside a body's own name count for nothing: 自治区民政厅 is
    provincial, 乡村振兴局 no township's.

    >>> body_level("营口市民政局"), body_level("老边区民政局"), body_level("湖北省民政厅"), body_level("民政部")
    (2, 3, 1, 0)
    >>> body_level("自治区民政厅"), body_level("新疆维吾尔自治区民政厅"), body_level("县乡村振兴局"), body_level("国家乡村振兴局")
    (1, 1, 3, 0)
    >>> body_level("雨湖区先锋街道办事处"), body_level("营口市委"), body_level("市慈善总会"), body_level("慈善总会")
    (4, 2, 2, None)
    """
    from loaders.agencies import body_word_at

    level, rest = _place_prefix(name)
    if level is None:
        for word, word_level in _LEVEL_WORDS:
            if rest.startswith(word):
                level, rest = word_level, rest[len(word):]
                break
    if level is None and _NATIONAL.search(name):
        return 0
    if rest and not body_word_at(rest) and _SUB_COUNTY.match(rest):
        return 4
    return level


def body_kind(name: str) -> str:
    """What sort of body: party, gov (a government or its office), civil (民政), or other.

    A party body names the party (中共…, 党委, 党组, 纪委) or is a place's committee (营口市委, 县委组织部);
    a 居民委员会, a 村民委员会, a 卫生健康委员会 or the CPPCC's 委员会 is none.

    >>> body_kind("中共营口市委"), body_kind("营口市人民政府"), body_kind("营口市民政局"), body_kind("营口市慈善总会")
    ('party', 'gov', 'civil', 'other')
    >>> body_kind("营口市委员会"), body_kind("县委组织部"), body_kind("幸福社区居民委员会"), body_kind("政协营口市委员会")
    ('party', 'party', 'other', 'other')
    """
    if "民政" not in name and not _NOT_PARTY.search(name):
        _, rest = _place_prefix(name)
        if _PARTY_NAMED.search(name) or _PARTY_COMMITTEE.match(rest):
            return "party"
    if re.search(r"人民政府|政府|办公厅$", name):
        return "gov"
    if "民政" in name:
        return "civil"
    return "other"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


@dataclass
class Candidate:
    """One (body, program mention) pair and its features; ``rules`` names the rules that chose it."""

    agency_key: str
    agency_name: str
    program: Mention
    features: list[str]
    rules: list[str] = field(default_factory=list)
    provenance: object | None = None  # the rule edge's provenance, when a rule chose it


def candidate_features(text: str, sentence: Sentence, program: Mention, agency: Mention | None, agency_name: str,
                       local_agencies: int, local_programs: int, is_runner: bool, runner_level: int | None,
                       rules: list[str], rule_bodies: int, kind: str, program_mentions: int = 1,
                       agency_mentions: int = 1, document_programs: int = 1) -> list[str]:
    """The binary features of one candidate pair (see the module's docstring).

    >>> s = Sentence(0, "市民政局牵头开展“阳光救助”行动。", 0, 17)
    >>> program = Mention("Program", "阳光救助", "阳光救助", 0, 9, 13, {})
    >>> body = Mention("Agency", "营口市民政局", "市民政局", 0, 0, 4, {})
    >>> f = candidate_features(s.text, s, program, body, "营口市民政局", 1, 1, True, 2, ["named"], 1, "plan")
    >>> [x for x in f if x.startswith(("verb=", "order", "rule="))]
    ['rule=named', 'order=before', 'verb=牵头', 'verb=开展']
    """
    features = ["bias", f"kind={kind}", f"pm={program.method}", f"nrule={min(rule_bodies, 3)}",
                f"ag={body_kind(agency_name)}", f"nags={min(local_agencies, 4)}", f"nprogs={min(local_programs, 4)}"]
    features += [f"rule={r}" for r in rules] or ["rule=none"]
    features += [f"p_seen={min(program_mentions, 3)}", f"a_seen=" + _bucket(agency_mentions, (0, 1, 3, 8)),
                 "d_progs=" + _bucket(document_programs, (1, 3, 6, 12))]
    level = body_level(agency_name)
    # against the runner's own level: for the runner itself it would always read "same" and only echo "runner"
    if level is not None and runner_level is not None and not is_runner:
        features.append("level=" + ("higher" if level < runner_level else "lower" if level > runner_level else "same"))
    if is_runner:
        features.append("runner")
        features += [f"runner&rule={r}" for r in rules] or ["runner&rule=none"]
    if sentence.index == 0:
        features.append("first_sentence")
    # what the program is: most of the rules' wrong edges are names the annotators call no program, or a
    # program they give no body (a slogan, a goal), so the name's own shape is evidence too
    name = program.name
    features += [f"p_end={name[-2:]}", f"p_end1={name[-1:]}", f"p_start={name[:1]}", f"p_start2={name[:2]}", "p_len=" + _bucket(len(name), (3, 5, 8, 12, 20))]
    if text[program.start - 1:program.start] in ("“", "「", "\"") or text[program.end:program.end + 1] in ("”", "」", "\""):
        features.append("p_quoted")
    if re.search(r"\d", name):
        features.append("p_digit")
    before = text[max(sentence.start, program.start - 1):program.start]
    after = text[program.end:min(sentence.end, program.end + 2)]
    if before in ("、", "，") or after[:1] == "、":
        features.append("plist")
    if after.startswith("等"):
        features.append("p_deng")
    if agency is None or agency.sentence_index != program.sentence_index:
        features.append("outsent")
        features.append(f"outsent&kind={kind}&runner={is_runner}")
        if agency is not None and agency.sentence_index == program.sentence_index - 1 and agency.sentence_index > 0:
            features.append("prevsent")  # the body the sentence before names (its subject may go on)
        return features
    features.append("insent")
    if agency.end <= program.start:
        features.append("order=before")
        between = text[agency.end:program.start]
    elif program.end <= agency.start:
        features.append("order=after")
        between = text[program.end:agency.start]
    else:
        features.append("order=inside")  # a body named inside the program's name (市民政局“暖心”行动)
        between = ""
    features.append("dist=" + _bucket(len(between), (0, 2, 5, 10, 20, 40)))
    features += [f"verb={v}" for v in _VERBS if v in between]
    if _SENTENCE_BREAK.search(between):
        features.append("break=semicolon")
    elif _CLAUSE_BREAK.search(between):
        features.append("break=comma")
    else:
        features.append("break=none")
    opening = text[max(sentence.start, agency.start - 1):agency.start]
    following = text[agency.end:min(sentence.end, agency.end + 2)]
    if opening in ("（", "("):
        features.append("paren")
    if opening == "由":
        features.append("by")
    if agency.start - sentence.start <= 2:
        features.append("opens_sentence")
    features += [f"next={following}"] if following else []
    features += [f"next1={following[:1]}"] if following else []
    return features


@dataclass(frozen=True)
class PromotesModel:
    """Logistic weights (feature → weight) and the two thresholds."""

    weights: dict[str, float]
    keep: float = 0.5
    add: float = 0.8

    def probability(self, features: list[str]) -> float:
        """P(PROMOTES) of a candidate with these features.

        >>> PromotesModel({"bias": -1.0, "rule=named": 3.0}).probability(["bias", "rule=named", "unseen"]) > 0.8
        True
        """
        return sigmoid(sum(self.weights.get(f, 0.0) for f in features))


def write_model(path: str | Path, weights: dict[str, float], keep: float, add: float, note: str = "",
                title: str = "civkg PROMOTES model", module: str = "loaders/promotes_model.py") -> None:
    """Write a model as a TSV (a header of settings, then feature<TAB>weight, heaviest first); ``title`` and
    ``module`` name the step that reads it (the program filter, loaders/program_filter.py, shares the format)."""
    lines = [f"# {title}: P = 1/(1+exp(-sum of a candidate's feature weights)); see {module}",
             *(f"# {line}" for line in note.splitlines() if line),
             f"# keep={keep}", f"# add={add}"]
    lines += [f"{feature}\t{weight:.6f}" for feature, weight in sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=4)
def load_model(path: str) -> PromotesModel:
    """Read a model written by :func:`write_model`."""
    weights: dict[str, float] = {}
    settings = {"keep": 0.5, "add": 0.8}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            setting = re.fullmatch(r"#\s*(keep|add)=([0-9.]+)", line.strip())
            if setting:
                settings[setting.group(1)] = float(setting.group(2))
            continue
        if "\t" in line:
            feature, weight = line.rsplit("\t", 1)
            weights[feature] = float(weight)
    return PromotesModel(weights, settings["keep"], settings["add"])


def model_from_environment(environment: str, default_model: Path, default_on: bool) -> PromotesModel | None:
    """The logistic model an environment variable names (path|on|off); unset, ``default_model`` when
    ``default_on``. Shared by the learned steps written in this format (PROMOTES, the program filter).

    >>> model_from_environment("CIVKG_UNSET_FOR_DOCTEST", DEFAULT_MODEL, False) is None
    True
    """
    path = os.environ.get(environment) or ""
    if path.lower() in OFF:
        return None
    if path.lower() in ON or (not path and default_on):
        path = str(default_model)
    if not path or not Path(path).is_file():
        return None
    return load_model(path)


def set_environment_model(path: str | Path | None, environment: str, default_model: Path, what: str) -> None:
    """Name a model in the environment (so worker processes see it): None unsets it (the step's default), "off",
    "on" the shipped ``default_model``, or a model file. Raises ValueError with one line when the file is missing."""
    if path is not None and str(path).lower() in OFF:
        os.environ[environment] = "off"
    elif path is None:
        os.environ.pop(environment, None)
    elif str(path).lower() in ON:
        os.environ[environment] = str(default_model)
    else:
        if not Path(path).is_file():
            raise ValueError(f"{what} not found: {path}")
        os.environ[environment] = str(Path(path).resolve())


def active_model() -> PromotesModel | None:
    """The model from the environment: CIVKG_PROMOTES_MODEL=path|on|off; unset, the default (``DEFAULT_ON``).

    An environment variable so that the ingest worker processes see it too.
    """
    return model_from_environment(ENVIRONMENT, DEFAULT_MODEL, DEFAULT_ON)


def use_promotes_model(path: str | Path | None) -> PromotesModel | None:
    """Choose the PROMOTES model for this process and its workers: None the default (on, see ``DEFAULT_ON``),
    "off" the rules alone, "on" the shipped model, or a model file. Raises ValueError with one line when the
    file is missing.

    >>> use_promotes_model("off") is None
    True
    >>> use_promotes_model("on").keep == load_model(str(DEFAULT_MODEL)).keep
    True
    >>> use_promotes_model("/nonexistent.tsv")
    Traceback (most recent call last):
    ValueError: promotes model not found: /nonexistent.tsv
    >>> use_promotes_model(None) is not None  # the default: the shipped model
    True
    """
    set_environment_model(path, ENVIRONMENT, DEFAULT_MODEL, "promotes model")
    return active_model()


Example = TypeVar("Example")


class DocumentCollector(Generic[Example]):
    """A learned step's training examples, one list per document loaded while a training script collects
    (``documents`` is None otherwise): the PROMOTES step's and the program filter's.

    >>> collector = DocumentCollector()
    >>> with collector.collecting() as documents:
    ...     collector.documents.append(["x"])
    >>> documents, collector.documents
    ([['x']], None)
    """

    def __init__(self) -> None:
        self.documents: list[list[Example]] | None = None

    @contextmanager
    def collecting(self) -> Iterator[list[list[Example]]]:
        previous, self.documents = self.documents, []
        try:
            yield self.documents
        finally:
            self.documents = previous


# the candidates of every document loaded while a training script collects them (see collecting())
_collector: DocumentCollector[Candidate] = DocumentCollector()


def collecting() -> Iterator[list[list[Candidate]]]:
    """While active, every document's candidates are appended (one list per document) and the rules' edges
    are left as the rules made them: how ``scripts/train-promotes-model`` gets its examples."""
    return _collector.collecting()


class PromotesStep:
    """Gathers the rules' PROMOTES choices of one document, then keeps, drops and adds edges (:meth:`finish`)."""

    def __init__(self, model: PromotesModel | None) -> None:
        self.model = model
        # (body key, program mention) → (rule names, provenance of the first rule edge), in the rules' order
        self.rule_edges: dict[tuple[str, int], tuple[list[str], object]] = {}
        # program mention → the bodies the rules chose for it, in their order (read per program: no scan of all edges)
        self.rule_bodies: dict[int, list[str]] = {}

    @staticmethod
    def wanted() -> "PromotesStep | None":
        """A step when a model is active or a training script collects; None: the rules write their edges."""
        if _collector.documents is not None:
            return PromotesStep(None)
        model = active_model()
        return PromotesStep(model) if model is not None else None

    def rule_edge(self, body_key: str, program: Mention, provenance: object, rule: str) -> None:
        """A body a rule chose for a program mention (instead of writing the edge at once)."""
        if (body_key, id(program)) not in self.rule_edges:
            self.rule_bodies.setdefault(id(program), []).append(body_key)
        rules, _ = self.rule_edges.setdefault((body_key, id(program)), ([], provenance))
        if rule not in rules:
            rules.append(rule)

    def candidates(self, text: str, sentences: list[Sentence], info: DocumentInfo, programs: list[Mention],
                   agencies_by_sentence: dict[int, list[Mention]], key, names: dict[str, str],
                   runner: str | None) -> list[Candidate]:
        """Every candidate pair of the document's program mentions."""
        runner_level = body_level(names.get(runner, "")) if runner else None
        programs_in: dict[int, int] = {}
        program_mentions: dict[str, int] = {}
        for program in programs:
            programs_in[program.sentence_index] = programs_in.get(program.sentence_index, 0) + 1
            program_mentions[program.name] = program_mentions.get(program.name, 0) + 1
        agency_mentions: dict[str, int] = {}
        for local in agencies_by_sentence.values():
            for agency in local:
                agency_mentions[key(agency)] = agency_mentions.get(key(agency), 0) + 1
        title_bodies = {key(agency) for agency in agencies_by_sentence.get(0, [])}
        out: list[Candidate] = []
        for program in programs:
            sentence = sentences[program.sentence_index]
            local = agencies_by_sentence.get(program.sentence_index, [])
            nearest: dict[str, Mention] = {}
            for agency in heapq.nsmallest(MAX_LOCAL, local, key=lambda m: abs(m.start - program.start)):
                nearest.setdefault(key(agency), agency)
            # the bodies of the sentence before, when the program's own names none: its subject may go on
            previous: dict[str, Mention] = {}
            if not local:
                for agency in agencies_by_sentence.get(program.sentence_index - 1, [])[:2]:
                    previous.setdefault(key(agency), agency)
            bodies = dict.fromkeys([*nearest, *self.rule_bodies.get(id(program), []),
                                    *([runner] if runner else []), *previous])
            for body_key in bodies:
                rules, provenance = self.rule_edges.get((body_key, id(program)), ([], None))
                name = names.get(body_key, body_key.partition(":")[2])
                features = candidate_features(text, sentence, program, nearest.get(body_key) or previous.get(body_key),
                                              name, len(local),
                                              programs_in[program.sentence_index], body_key == runner, runner_level,
                                              rules, len(self.rule_bodies.get(id(program), [])), info.kind,
                                              program_mentions[program.name], agency_mentions.get(body_key, 0),
                                              len(program_mentions))
                if (body_key in previous and program.sentence_index > 1
                        and previous[body_key].start - sentences[program.sentence_index - 1].start <= 2):
                    features.append("prevsent_opens")
                if body_key in title_bodies and program.sentence_index > 0:
                    # the page's first line (its title) names the body: the page is about its work, which is not
                    # a subject going on from the sentence before (prevsent), whatever sentence the program is in
                    features.append("title_body")
                out.append(Candidate(body_key, name, program, features, list(rules), provenance))
        return out

    def finish(self, relator, info: DocumentInfo, programs: list[Mention], agencies: list[Mention], key,
               runner: str | None) -> None:
        """Write the PROMOTES edges: the rules' own when collecting, else those the model keeps or adds."""
        agencies_by_sentence: dict[int, list[Mention]] = {}
        for agency in agencies:
            agencies_by_sentence.setdefault(agency.sentence_index, []).append(agency)
        names = {k: node.name for k, node in relator.nodes.items() if node.label == "Agency"}
        candidates = self.candidates(relator.norm.text, relator.sentences, info, programs, agencies_by_sentence, key,
                                     names, runner)
        if self.model is None:
            _collector.documents.append(candidates)
            for candidate in candidates:
                if candidate.rules:
                    relator.edge("PROMOTES", candidate.agency_key, key(candidate.program), candidate.provenance)
            return
        scored = [(c, self.model.probability(c.features)) for c in candidates]
        for candidate in choose(scored, self.model.keep, self.model.add, lambda c: key(c.program)):
            program = candidate.program
            # a rules' edge the model keeps cites what its rule cited; only an edge the model adds is its own
            provenance = candidate.provenance if candidate.rules else relator.provenance(
                program.sentence_index, program.start, program.end, METHOD)
            relator.edge("PROMOTES", candidate.agency_key, key(program), provenance)


def choose(scored: list[tuple[Candidate, float]], keep: float, add: float, program_of) -> list[Candidate]:
    """The candidates that become edges: a rules' pair whose best mention reaches ``keep`` (each of its rule
    mentions, so every sentence the rules cited stays cited), and for a program (``program_of`` gives its node)
    left with no body, its best candidate no rule chose when that reaches ``add``.

    >>> p = Mention("Program", "阳光救助", "阳光救助", 0, 9, 13, {})
    >>> a, b, c = (Candidate(k, k, p, [], r) for k, r in (("A", ["named"]), ("B", ["runner"]), ("C", [])))
    >>> [x.agency_key for x in choose([(a, 0.7), (b, 0.2), (c, 0.9)], 0.5, 0.8, lambda x: x.program.name)]
    ['A']
    >>> [x.agency_key for x in choose([(a, 0.3), (b, 0.2), (c, 0.9)], 0.5, 0.8, lambda x: x.program.name)]
    ['C']
    """
    best: dict[tuple[str, str], float] = {}
    for candidate, p in scored:
        pair = (candidate.agency_key, program_of(candidate))
        best[pair] = max(p, best.get(pair, 0.0))
    ruled = {(c.agency_key, program_of(c)) for c, _ in scored if c.rules}
    kept_pairs = {pair for pair in ruled if best[pair] >= keep}
    chosen = [c for c, _ in scored if c.rules and (c.agency_key, program_of(c)) in kept_pairs]
    served = {program for _, program in kept_pairs}
    offers: dict[str, tuple[float, Candidate]] = {}
    for candidate, p in scored:
        program = program_of(candidate)
        pair = (candidate.agency_key, program)
        if pair in ruled or program in served or p < add:
            continue
        if program not in offers or p > offers[program][0]:
            offers[program] = (p, candidate)
    chosen += [candidate for _, candidate in offers.values()]
    return chosen


def is_gold_pair(agency: str, program: str, gold_pairs: list[tuple[str, str]]) -> bool:
    """Whether ``kg score`` would match the pair to one of the gold PROMOTES (agency, program): the agency
    exactly, the program exactly or by :func:`kg.evaluate.fuzzy_match`.

    >>> is_gold_pair("营口市民政局", "12349养老服务热线", [("营口市民政局", "开通12349养老服务热线")])
    True
    >>> is_gold_pair("营口市财政局", "12349养老服务热线", [("营口市民政局", "12349养老服务热线")])
    False
    """
    from kg.name_matching import fuzzy_match

    return any(agency == a and (program == p or fuzzy_match(program, p)) for a, p in gold_pairs)


def gold_candidates(folder: str | Path, gold_folder: str | Path) -> Iterator[tuple[dict, list[Candidate]]]:
    """(gold, candidates) of every document that has a gold file, loaded as ``kg score`` loads it (with the
    program model as set), the rules' PROMOTES edges left as they are."""
    from loaders import load_file
    from loaders.program_crf import gold_files

    for gold, path, row in gold_files(folder, gold_folder):
        with collecting() as collected:
            load_file(path, row)
        yield gold, [c for document in collected for c in document]


def gold_pairs(gold: dict) -> list[tuple[str, str]]:
    """The (agency, program) of a gold file's PROMOTES relations."""
    return [(r["agency"], r["program"]) for r in gold.get("relations", [])
            if r.get("type") == "PROMOTES" and r.get("agency") and r.get("program")]


def train_weights(examples: Iterator[tuple[list[str], bool]], c2: float = 1.0, max_iterations: int = 200) -> dict[str, float]:
    """Logistic weights (feature → weight of "yes" minus weight of "no") learned from (features, label)
    examples by python-crfsuite on one-item sequences (L-BFGS, L2 ``c2``; deterministic for the same input)."""
    import tempfile

    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, label in examples:
        trainer.append([features], ["yes" if label else "no"])
    trainer.set_params({"c1": 0.0, "c2": c2, "max_iterations": max_iterations})
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "promotes.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        state = tagger.info().state_features
        tagger.close()
    weights: dict[str, float] = {}
    for (feature, label), weight in state.items():
        weights[feature] = weights.get(feature, 0.0) + (weight if label == "yes" else -weight)
    return {f: w for f, w in weights.items() if abs(w) > 1e-6}
