"""Where the learned detectors count: a window (one clause, or two neighbouring ones) whose
learned score passes a floor and whose wording agrees.

- Crisis: P(crisis) >= CRISIS_FLOOR, and a weak distress cue in the same window (lexicon.py),
  no everyday reading there (a prescription, a brand of razor, a late father's estate), and no
  negation or joke the rules set aside ("我不会做傻事", "jk i'm fine"). The cue is the
  veto that keeps a benign message with no such word from ever tripping the model.
- Abuse: P(abuse) >= ABUSE_FLOOR, a collector's act named in the window (concepts.abuse_act: a
  bare "催收" names none; an hour or a count needs calls or visits beside it: retort.py), and the window could report something that happened (not a
  "会不会…" question, hearsay, someone else's story or family talk: abuse.reported), with no
  abuse cue the rules discounted ("没有骂我也没有威胁": the model cannot read negation), and no
  lawful step alone (a lawsuit is a loan question unless something about it is fake).

The floors were chosen by 5-fold cross-validation over safety.json and the topics' examples
(benchmarks/safety_cv.py), never on the held-out split in tests/data/safety_holdout.tsv: at 0.9
the learned detectors alone found about half of the held-out folds' crisis and abuse examples
(41-56%) while raising an alarm on about 1-2% of the benign look-alikes and on none of the loan
questions; at 0.5 they found 80% but alarmed on 7% of look-alikes.
"""

from __future__ import annotations

from ..patterns import regex
from ..questions import is_question
from .abuse import reported, set_aside as abuse_set_aside
from .concepts import crisis_concept
from .retort import collector_act  # an hour or a count needs calls or visits beside it (abuse52)
from .clauses import Clause, Window, split_clauses, windows
from .crisis import named, set_aside
from .governs import governed, in_sentences, sentence_texts, sentences
from .scenes import CHORES
from .idioms import masked, masked_whole
from .errands import decided_on_errand
from .learned import Detectors
from .lexicon import distress, everyday_abuse, everyday_crisis

# What a window may say that no crisis window says, read only where it is said (a story that
# mentions sleepless nights still has its other clauses read, alone and in pairs): sleep troubles
# and what helps, work with medicine or death, feeling better.
_ORDINARY = regex(r"(去|到)(国外|外地|外省)\S{0,2}(读书|留学|上学|工作|打工)|出国|留学|考完|放假|答辩|(项目|系统)\S{0,4}上线|夜班|白天睡|失眠|睡不好|睡不着|睡得(不好|很差)|护士|药剂师|药房上班|药店上班|医院上班|殡仪馆|好多了|好一点|好些了"
                  r"|少喝点|戒酒|\b(study(ing)? abroad|moving (to|abroad) for|(need|trying|try|want|have) to (cut down|cut back|drink less|quit drinking|stop drinking)|asleep|think (ive|i have|im|i am) (gone missing|disappeared|run away|dead)|night shifts?|work(ing)? nights|double shifts?|(\w+ )?hour shifts?|overtime|sleep(ing)? (in|during) the day|insomnia|sleep(ing)? (so |really )?(badly|poorly)|cant sleep|melatonin|nurse|pharmacist|funeral home|mortuary|hospice"
                  r"|my (own )?life is (pretty |really |quite )?(calm|fine|good|boring|normal)"
                  # the debt paid off, borrowing given up, the account closed: relief the model reads as an ending (safe28)
                  r"|(paid|pay|paying) (it |everything |this |them |the (loan|debt) |my (loan|debt) )?(all )?off|debt.?free|no more (borrowing|loans|debts?)"
                  r"|clos(e|ing) (the|my) (jiebei |alipay )?account"
                  r"|feel(ing)? (much |a lot |so much )?better"
                  r"|\b(start(ing)? (to )?sav\w*|save money|saving (up|money)|budget\w*|grace period|moving (somewhere|to|into|out|back|in with)|(cheaper|new|smaller) (flat|place|apartment|house|room)"
                  r"|it (helped|helps)|cleared my head|calmed (me )?down)|gave (them|him|her) (their|his|her) (last|final) (wages|pay|paycheck))\b"
                  # money set aside, a move with somewhere to go, a grandparent's absence grieved, a walk that helped:
                  # the window's own everyday reading (safe33). This list also feeds leaning's veto, which silences the
                  # learned reader for the whole message: a wish to follow one who is gone ("她不在了，我想随她去",
                  # review43) is read by its own cue in bot.safety.endings, which the veto does not reach.
                  r"|攒钱|存钱|省钱|开始存|理财|宽限期|公司调我|调(我)?(去|到)\S{0,4}(上班|工作|分公司)|(他|她)(已经)?不在了|心情好(了|多了|一点|些)"
                  r"|刚上大学|上大学了|刚开始学|(好久|很久|早就|一直)(都)?不(弹|用|穿|玩|骑|看)了"
                  # someone else's goodbye to us, at their leaving or retirement
                  r"|(她|他|同事|师傅|师父|领导|经理|主管|老板|朋友|姐|哥)\S{0,6}(跟|和|向|对)(我们|大家)\S{0,6}(告别|道别|说再见|说了再见)|(hugged|kissed|waved) (her|him|them) goodbye")
# The speaker reassuring someone else ("我跟她说别瞎想", "I told him not to talk like that"): the
# talk of death next to it is the other person's way of speaking, and the speaker is not in danger.
_REASSURING = regex(r"我(跟|对|劝|和)\S{0,4}(说)?(别|不要)(瞎|乱|多)想|身体(好得很|很好|挺好|硬朗)"
                    r"|\bi (told|tell) (her|him|them|my \w+) (not to|to stop) (talk|think|say|worry)\w*|\b(healthy as|perfectly healthy|in great health)\b")
_LAUGHING = regex(r"哈哈|笑死|hhh|笑哭|😂|🤣|\b(lol|lmao|rofl|haha\w*)\b")
CRISIS_FLOOR = 0.9
ABUSE_FLOOR = 0.9
# The check-in's first floor (rounds 2-5): a gated learned crisis score this high earned the 12356
# line. Since round 6 the net (bot.safety.net) decides, on wider signs and GATED_FLOOR; this stays
# the score crisis wording set aside counts as (crisis_score), under the crisis reply (< CRISIS_FLOOR).
CHECK_IN_FLOOR = 0.3
# A pair of clauses that agrees counts when one of its clauses scores this alone. Measured in
# cross-validation: crisis recall of the learned reader +6 points (zh) and +4 (en) for one more
# false alarm on 486 benign look-alikes, none on the topics' 2,364 examples.
PAIR_LEAN = 0.5
# A window read without the word gates (no distress cue or no crisis concept in it; learned_crisis's ``closed``)
# counts only at this score: at CRISIS_FLOOR the team's benign sets gained 18 false crisis replies for 19 crises
# found, at 0.95 3 for 9 (blind17, development data: +3 and +2 crises, no false alarm more; docs/safety.md Round 64).
UNGATED_FLOOR = 0.95
# ... and only where the reader, given the whole message, leans to crisis too (gate91): a window is a surface, the
# message its frame. The reader gave 0.95-0.99 to windows of a fall down the stairs told with a hospital stay, a move
# to another city, a classmate's death from cancer; their whole messages 0.01-0.36 (docs/safety.md Round 64, gate91).
WHOLE_LEAN = 0.5


def learned_crisis(message: str, clauses: list[Clause], detectors: Detectors, whole_masked: str,
                   closed: set[int] | None = None) -> set[int]:
    """The clauses that carry a crisis by the learned detector's reading (see the module doc).
    A clause counts when it agrees alone and, when it has neighbours, read with one of them
    too: "在站台等车" alone looks like a place of danger, "在站台等车，顺便问问提前还款" does not.
    Two clauses count together when the pair agrees and one of them leans that way alone
    (PAIR_LEAN): "the rope is in the garage, I checked it twice" means more than either half."""
    near = sentence_texts(message, clauses)  # help found and a life better now: that sentence's (governs.py)
    # Round 64 (gate84): the word gates below hid crises told with no crisis word ("我只想好好睡一觉，睡很久很久，最好
    # 不要醒了"); where no abuse is read (by the rules: ``closed`` is None, or the learned abuse reader) a window may
    # reach the reader without the crisis-concept gate (a word of distress stays required, gate91), at the higher
    # UNGATED_FLOOR and only where the whole message leans that way too. Abuse reports told with despair keep the gates.
    # ``closed``: None keeps every window gated; else the clauses whose windows stay gated (assess: a decision of
    # everyday life, leaning.life_decisions).
    scores = _crisis_scores(clauses, detectors, whole_masked, near=near, shut=closed)
    if max(scores.values(), default=0.0) < CRISIS_FLOOR:
        return set()  # no window reaches the floor: nothing below can mark a clause (speed only)
    # A clause next to an everyday reading is read in its light: "I drive a delivery van and
    # spend half my life on bridges" is work, whichever half the model reads.
    # (Sleepless nights are not such a reading: they are how many crisis stories begin.)
    ordinary = {i for i, clause in enumerate(clauses)
                if everyday_crisis(masked(clause.text), near[i]) or CHORES.search(masked(clause.text))
                or _REASSURING.search(clause.text)}
    near_ordinary = {i for i in range(len(clauses)) if {i - 1, i + 1} & ordinary}
    marked = set()
    for index in range(len(clauses)):
        pairs = [scores[pair] for pair in ((index - 1, index), (index, index + 1)) if pair in scores]
        if scores[(index, index)] >= CRISIS_FLOOR and (not pairs or max(pairs) >= CRISIS_FLOOR) and index not in near_ordinary:
            marked.add(index)
    # A pair is read only outside the sentences with an everyday reading, and outside the clauses a set-aside
    # governs (a joke, a negation, a story, a hard time that is over: governs.py): "我跟朋友开玩笑说要跳楼…其实就是
    # 嘴上说说，钱已经凑够了" is no crisis in its last clauses, but a joke about spilt coffee in another sentence leaves
    # "我把存折密码写好了，月底那天就是最后一天" read (win77: it used to switch the pairs off for the whole message).
    off = governed(message, clauses, whole_masked) | in_sentences(
        {i for i, clause in enumerate(clauses) if everyday_crisis(masked(clause.text))}, sentences(message, clauses))
    for index in range(len(clauses) - 1):
        pair = (index, index + 1)
        alone = max(scores[(index, index)], scores[(index + 1, index + 1)])
        if scores[pair] >= CRISIS_FLOOR and alone >= PAIR_LEAN and not set(pair) & (near_ordinary | off):
            asking = {i for i in pair if is_question(message[clauses[i].start:clauses[i].end])}
            marked |= (set(pair) - asking) or set(pair)
    return marked


def crisis_score(message: str, detectors: Detectors) -> float:
    """The highest crisis score over the message's windows whose wording agrees (0 when none).
    Crisis wording the rules set aside (a negation, a joke, a story, a hard time told as over:
    "我不会做傻事的", "前年想过轻生，现在好多了") is no crisis, but it scores CHECK_IN_FLOOR, so
    that the reply is followed by the check-in line: whoever brought those words up may still
    want the number."""
    whole_masked = masked_whole(message)
    clauses = split_clauses(message)
    # The check-in is the net under the crisis reply: it reads windows with the looser gate of
    # the first rounds (distress wording, no everyday reading), not the crisis reply's stricter
    # one (which also wants a crisis concept and no ordinary work or sleep next to it), so that an
    # indirect crisis the rules miss still gets the number.
    score = max(_crisis_scores(clauses, detectors, whole_masked, strict=False).values(), default=0.0)
    if score < CHECK_IN_FLOOR and any(named(masked(window.text), whole_masked) for window in windows(clauses)):
        return CHECK_IN_FLOOR
    return score


def window_scores(clauses: list[Clause], detectors: Detectors, whole_masked: str, message: str | None = None) -> dict[tuple[int, int], float]:
    """The learned crisis score of every window behind the crisis reply's strict gate (0 where the
    wording does not agree), keyed by (first, last) clause: read by leaning.py at its lower floor."""
    return _crisis_scores(clauses, detectors, whole_masked, near=None if message is None else sentence_texts(message, clauses))


def abuse_quiet(clauses: list[Clause], detectors: Detectors) -> bool:
    """Whether the learned abuse reader reads no window of the message as abuse (every score under ABUSE_FLOOR):
    only then may a window reach the crisis reader without the word gates (learned_crisis's ``closed``)."""
    return all(detectors.abuse_score(window.text) < ABUSE_FLOOR for window in windows(clauses))


def _crisis_scores(clauses: list[Clause], detectors: Detectors, whole_masked: str,
                   strict: bool = True, near: list[str] | None = None, shut: set[int] | None = None) -> dict[tuple[int, int], float]:
    """The learned crisis score of every window, 0 where the wording does not agree (``strict``:
    the crisis reply's gate; else the check-in's, see crisis_score). ``shut``: None, every window gated; else a
    window touching none of these clauses may pass without the crisis-concept gate (never without a word of
    distress) at UNGATED_FLOOR where the message read whole agrees (WHOLE_LEAN) and the learned abuse reader is
    quiet (abuse_quiet). With ``near`` (each clause's sentence,
    governs.sentence_texts), help found and a life better now is read in the window's own sentences, else in the
    whole message."""

    doubts: list[bool] = []  # asked once, only of a message with an ungated window at its floor (speed)

    def agreed() -> bool:
        if not doubts:
            whole = detectors.crisis_score(" ".join(clause.text for clause in clauses))
            doubts.append(whole >= WHOLE_LEAN and abuse_quiet(clauses, detectors))
        return doubts[0]

    def score(window: Window) -> float:
        text = masked(window.text)
        # A word of distress stays required (gate91): a window with none is a surface alone to the reader: a short
        # follow-up in a session ("已经上了", "已经去了" read without the question before it), a diving board, a
        # move; on those it scored 0.95-0.99 (docs/safety.md Round 64, gate91).
        if not distress(text) or set_aside(text, whole_masked):
            return 0.0
        around = whole_masked if near is None else near[window.first] + " " + near[window.last]
        if not strict:
            return 0.0 if everyday_crisis(text, whole_masked) else detectors.crisis_score(window.text)
        if everyday_window(text, whole_masked, around):
            return 0.0
        if crisis_concept(text):
            return detectors.crisis_score(window.text)
        if shut is None or {window.first, window.last} & shut:
            return 0.0
        value = detectors.crisis_score(window.text)
        return value if value >= UNGATED_FLOOR and agreed() else 0.0
    return {(w.first, w.last): score(w) for w in windows(clauses)}


def everyday_window(text: str, whole_masked: str, around: str | None = None) -> bool:
    """Whether a window reads as everyday life: care, chores, work, sleep troubles (see above); help found and a
    life better now is looked for in ``around`` (the window's sentences), or in the whole message."""
    return (everyday_crisis(text, whole_masked if around is None else around) or CHORES.search(text) is not None or _ORDINARY.search(text) is not None
            or decided_on_errand(text, whole_masked))  # "已经决定了 明天去投诉": the decision is the errand's (errands.py, safe49)


def learned_abuse(message: str, clauses: list[Clause], detectors: Detectors) -> set[int]:
    """The clauses that report abusive collection by the learned detector's reading. A pair that
    agrees only when read together marks both clauses, except a clause that asks something:
    that is the borrower's loan question, still to be answered. A message that laughs at what it
    tells ("哈哈笑死，催款短信把我名字写错了") is left to the rules (safe6)."""
    if _LAUGHING.search(message.lower()):
        return set()

    def agrees(window: Window) -> bool:
        context = (clauses[window.first - 1].text + " " + window.text) if window.first > 0 else window.text
        return (collector_act(window.text) and reported(window.text, context) and not abuse_set_aside(window.text, context)
                and not everyday_abuse(window.text)
                and detectors.abuse_score(window.text) >= ABUSE_FLOOR)
    marked: set[int] = set()
    for window in windows(clauses):
        if window.first == window.last:
            if agrees(window):
                marked.add(window.first)
        elif not {window.first, window.last} & marked and agrees(window):
            pair = (window.first, window.last)
            asking = {i for i in pair if is_question(message[clauses[i].start:clauses[i].end])}
            marked |= (set(pair) - asking) or set(pair)
    return marked
