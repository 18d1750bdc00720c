"""Death words whose agent is the collector (abuse99, issue 12, docs/safety.md Round 75): a photo made into a funeral
portrait and sent to the family group, a wreath or a grave plot sent, "信不信我找人弄死你" recorded, "they said I'd
end up in a coffin". The words of death are the collector's weapon, not the writer's wish: the abuse reply leads
(110, 12378) and the route keeps the 12356 check-in line, but only when nothing else in the message says the writer
is at risk.

Structure, not sentences: a clause is the collector's when a collector (or "they", a message, a number) is named
in it or in the clause before, with an act of saying, sending or making, and a death word beside it, and the clause
does not open with the writer's own subject ("我想…", "I want…"). Whether the writer is at risk is not guessed from
a list: the message with those death words replaced by a plain word is read again (``crisis_of``: the rules, the learned
reader when a second stage agrees with it, the classifier); a crisis read anywhere but the collector's clauses keeps
the crisis reply as before. A collector's death wish the writer takes up ("adopted",
relayed.py) always keeps the crisis.
"""

from __future__ import annotations

from typing import Callable

from ..patterns import regex
from ..records import replace
from . import Signal, assess
from .clauses import Clause, fold_clause, split_clauses, without
from .relayed import adopted

# Who acts: a collector, or "they", a message or a number beside a debt (the debt is checked on the whole message).
_AGENT = regex(r"催收|催债|讨债|要债|收债|追债|债主|他们|对方|那边|那个人|号码|短信|语音|录音"
               r"|\b(?:collectors?|agents?|they|he|the (?:guy|man|caller|voice)|a (?:text|message|voicemail)|voicemail|recording)\b")
# The act: said, sent, made into, posted, threatened.
_ACT = regex(r"说|讲|骂|发|寄|送|p成|p了|p图|做成|改成|合成|贴|挂|配|留言|威胁|扬言|放话|录音|语音|信不信"
             r"|\b(?:said|says|told|threaten\w*|sent|send\w*|post\w*|made|turned|photoshop\w*|edited|texted|wrote|left|warned)\b")
# Death as the collector's image or threat.
_DEATH = regex(r"遗照|遗像|黑白照|花圈|寿衣|纸钱|冥币|墓地|坟|棺材|骨灰|灵堂|陪葬|弄死|打死|整死|砍死|杀了你|杀了我|横着出|去死|死全家"
               r"|收尸|上香|挽联|讣告|办丧事|白事"
               r"|\b(?:funeral\w*|coffin|casket|wreath|grave|burial|kill (?:me|you)|dead man|end up dead|obituary|tombstone|urn)\b")
# (the same words on the raw message, any case, traditional characters as written)
_DEATH_RAW = regex(r"(?i)遗照|遺照|遗像|遺像|黑白照|花圈|寿衣|壽衣|纸钱|紙錢|冥币|冥幣|墓地|坟|墳|棺材|骨灰|灵堂|靈堂|陪葬|弄死|打死|整死|砍死"
                   r"|杀了你|殺了你|杀了我|殺了我|横着出|橫著出|去死|死全家|收尸|收屍|上香|挽联|挽聯|讣告|訃告|办丧事|辦喪事|白事"
                   r"|\b(?:funeral\w*|coffin|casket|wreath|grave|burial|kill (?:me|you)|dead man|end up dead|obituary|tombstone|urn)\b")
# The writer speaking for themself: the clause is theirs, whatever it mentions.
_OWN = regex(r"^(?:我|我就|我也|我真|我想|我要|我会|我已经|干脆|不如|反正)(?!.{0,3}(?:录音|截图|报警|投诉))"
             r"|^(?:i|im|ive|i will|ill|maybe i|honestly|fine)\b(?!.{0,20}\b(?:record\w*|report\w*|screenshot\w*)\b)")
# The writer as a subject after the collector's words, in the same clause (any 我 but a possessive one: "…说我去死算了
# 我晚上就去江边" is the writer's act; the collector's own words are kept whole only when nothing of the writer's follows).
_TURN = regex(r"我(?!的|们的|家|亲戚|親戚|妈|媽|爸|父母|老婆|老公|孩子|朋友|同事|照片|生活照|头像|頭像)|干脆|不如|\b(?:i|im|ive|ill|id|maybe|fine)\b")
# A verb of death (去死, 弄死, "kill me"): said by the collector only in the clause naming them. A clause after theirs
# with such a verb and no agent is the writer's own ("催收骂我去死，有时候真想去死算了"): only the imagery nouns (a
# funeral photo, a wreath) carry over to the clause after (review100 F1a).
_VERB = regex(r"弄死|打死|整死|砍死|杀了你|杀了我|去死|死全家|横着出|\b(?:kill (?:me|you)|end up dead)\b")
# A clause ending on the act of saying: the next clause is their words, quoted ("催收在电话里说 | 信不信我找人弄死你").
_SAYS_END = regex(r"(?:说|讲|骂|道|威胁|放话|扬言|喊|留言)(?:了|着|道)?$|\b(?:said|says|told me|wrote|texted|threatened)$")
# A clause addressed to "you" with no "I" in it: the collector's words to the writer, not the writer's own voice.
_ADDRESSED = regex(r"你|\byou\b")
_ME = regex(r"我|\b(?:i|im|ive|ill|id|me|my|myself)\b")
# A wish, an opinion or a plan anywhere in the clause: the writer's voice, never the collector's carried-over words.
_VOICE = regex(r"想|觉得|也许|说不定|唯一|算了|干脆|不如|真的|准备|决定|打算|不想|撑|活|解脱|再见|最后"
               r"|\b(?:maybe|honestly|tbh|really|want|wish|think|plan\w*|ready|goodbye|bye|last)\b")
# The writer taking the collector's words up in a clause of their own ("弄死就弄死吧", "烧吧，用得上了", "寄嚟啱啱好",
# "fine, it'll be useful"): consent, not a report (review100 F1c). Only ever keeps the crisis.
_UPTAKE = regex(r"就\S{0,4}吧|^\S{1,3}吧$|随便|无所谓|正好|刚好|啱啱好|啱好|挺好|也好|用得上|用得着|省得|省了"
                r"|\b(?:fine|whatever|go ahead|let them|useful|good riddance|save me)\b")
_DEBT = regex(r"欠|债|贷|还钱|还款|借呗|花呗|逾期|老赖|催收|\b(?:debts?|owe\w*|loans?|repay\w*|jiebei|huabei|overdue|deadbeat|collect\w*)\b")


def wielded_clauses(clauses: list[Clause]) -> set[int]:
    """The clauses whose death words are the collector's (module doc)."""
    found = set()
    for index, clause in enumerate(clauses):
        text = clause.text.strip()
        death = _DEATH.search(text)
        if death is None or _OWN.search(text):
            continue
        if _TURN.search(text, death.end()):
            continue  # the writer's own turn after their words, in one run-on: "…p成遗照发给我亲戚然后我看了就觉得干脆去死"
        before = text[:death.start()]
        previous = clauses[index - 1].text if index else ""
        if _AGENT.search(before) and _ACT.search(before + death.group(0)):
            found.add(index)
        elif _ADDRESSED.search(text) and not _ME.search(text) and _AGENT.search(previous) and _ACT.search(previous):
            found.add(index)  # their words to the writer, told on: "…发短信说… | 你这种人活着有什么用不如去死"
        elif not _VOICE.search(text) and _SAYS_END.search(previous.strip()) and _AGENT.search(previous):
            found.add(index)  # their words quoted after "催收在电话里说": "信不信我找人弄死你" (the 我 is theirs)
        elif (not _VERB.search(text) and not _VOICE.search(text) and not _TURN.search(text)
              and _AGENT.search(previous) and _ACT.search(previous) and not _OWN.search(previous.strip())):
            found.add(index)  # an image carried over from the clause naming them ("…p了我的照片 | 做成遗照")
    return found


def unarmed(message: str, clauses: list[Clause], theirs: set[int]) -> str:
    """``message`` with the collector's death words replaced by a plain word ("照片", "thing") in their clauses: the
    rest of the message, abuse and all, read again as it stands."""
    pieces, cursor = [], 0
    for index in sorted(theirs):
        start, end = clauses[index].start, clauses[index].end
        pieces += [message[cursor:start], _DEATH_RAW.sub(lambda m: "thing" if m.group(0).isascii() else "照片",
                                                        message[start:end])]
        cursor = end
    return "".join([*pieces, message[cursor:]])


def collectors_death(message: str, signal: Signal, crisis_of: Callable[[str], frozenset[int]]) -> Signal:
    """``signal`` with its crisis dropped when its only death words are the collector's (module doc); the abuse kept,
    or read as "wielded" when no abuse cue was found. The same signal when the writer is at risk anywhere else."""
    if not signal.crisis or "adopted" in signal.crisis or not _DEBT.search(fold_clause(message)):
        return signal
    clauses = split_clauses(message)
    theirs = wielded_clauses(clauses)
    if not theirs:
        return signal
    if adopted(clauses, {index: (0, len(clauses[index].text)) for index in theirs}) or any(
            _UPTAKE.search(clause.text.strip()) for index, clause in enumerate(clauses) if index not in theirs):
        return signal  # the writer takes the collector's words up ("也许他们说得对", "烧吧，用得上了"): a crisis
    # (the clause naming the collector before theirs is theirs too: "photoshopped my profile picture into a black |
    # and white funeral photo" is one act, and a profile picture made black is no farewell of the writer's there)
    acting = theirs | {index - 1 for index in theirs if index and _AGENT.search(clauses[index - 1].text)
                       and not _OWN.search(clauses[index - 1].text.strip())}
    # (the rules' clauses as they stood, and a crisis read beside the abuse; the learned reader's clauses spill over
    # beside a death word, "…弄死你 | 我录音了", so its reading is taken on the re-read)
    ruled = assess(message).crisis_at | (signal.crisis_at if "beside_abuse" in signal.crisis else frozenset())
    stood = ruled - acting
    if stood or crisis_of(unarmed(message, clauses, theirs)) - acting:
        return signal  # any crisis evidence outside the collector's own clauses (the reading as it stood, or again
        # with their words made plain): the writer at risk beside the collector's words, the crisis reply leads
    abuse = signal.abuse or ("wielded",)
    abuse_at = signal.abuse_at or frozenset(theirs)
    return replace(signal, crisis=(), crisis_at=frozenset(), agreed=False, abuse=abuse, abuse_at=abuse_at,
                   remainder=without(message, clauses, set(abuse_at)))


__all__ = ["collectors_death", "wielded_clauses"]
