"""Round 98 (issue 12): the promote-only stacker's structural gate against a THIRD person's reported plan to leave.

"My friend says he'll just 'vanish' to another city to dodge his loan" carries the stacker's strongest words (vanish,
never come back, the debt) but its structure is reported speech: someone the writer names says, swears or plans that
HE or SHE will go away, to a place or away from the debt. That is flight, not an ending, and no weight learned from a
few hundred rows told it apart (Round 94: the blind21 friend scored 0.976 with twenty benign dev rows against it).
So a structure, not a weight, keeps the stacker off it: a reporter who is not the writer, a departure, a place or an
escape from the debt, and no sign of harm (death, a method, a letter, things handed over, an apology or a goodbye).
Crises told about someone else on the same departure words ("my brother says he'll vanish for good, he gave me his
dog and texted mum sorry") keep every sign of harm, so they stay promotable; the writer's own departures ("I'm going
to vanish, not to another city") have no third-person reporter. The gate only ever withholds a promotion: the
engine's own reply (with its check-in line and 12356) is unchanged.
"""

from __future__ import annotations

from .patterns import regex
from .safety.clauses import KIN_EN, KIN_ZH

_OTHERS_EN = rf"{KIN_EN}|neighbou?r|flatmate|ex|stepdad|stepmum|stepmom|landlord|tenant|mate|buddy|guy|manager"
# someone the writer names, then (within the clause) a verb that reports what he or she says or plans
_REPORTED_EN = regex(
    rf"\b(my|our|his|her|a|the)\s+(\w+\s+)?({_OTHERS_EN})s?( in law)?\b[^.?!\n]{{0,30}}?"
    r"\b(says|said|say|told|tells|keeps saying|kept saying|swears|swore|threatens|threatened|joked|jokes|joking"
    r"|plans|planned|is planning|was planning|wants|reckons|announced|insists)\b"
    r"[^.?!\n]{0,12}?\b(he|she|they)\b"
    r"|\b(he|she|they) (says|said|told (me|us|everyone)|swears|swore|threatens|keeps saying)\b[^.?!\n]{0,12}?\b(he|she|they)\b"
    r"|\b(his|her|their) plan is\b")
_AWAY_EN = regex(
    r"\b(vanish|disappear|move away|moving away|mov(e|ing) far away|(won'?t|not|never) (ever )?(come|coming) back|move to|moving to|run off|running off|run away|skip town|leave the "
    r"country|leaving the country|go abroad|going abroad|never come back|never coming back|never return|never be heard"
    r"|off[- ]grid|go into hiding|cut(ting)? everyone off|leave for good|leaving for good|go off)")
_PLACE_EN = regex(
    r"\b(another|a different|other) (city|province|country|town|place)|\b(abroad|overseas|up north|down south|the south"
    r"|the north|island|mountains|village|countryside|border)\b|\b(dodge|escape|avoid|hide from|run from|get away from)\b"
    r"|\b(lenders|collectors|loan sharks)\b.{0,20}\b(can'?t|cannot|won'?t) find\b"
    r"|\b(because of|over|from) (his|her|their|the) (\w+ )?(loans?|debts?|jiebei)|\bleav(e|ing) the country|\bskip town"
    r"|\bfar away\b|\bwhat (he|she|they) owes?\b")
_HARM_EN = regex(
    r"\b(die|dies|dying|dead|death|kill|suicide|end (it|his life|her life|their life|things)|pills|overdose|rope"
    r"|jump|bridge|roof|goodbye|farewell|note|letter|gave (me|us)|gave (\w+ ){0,3}away|giving (\w+ ){0,3}away|giving me|sorry|last time"
    r"|not (be )?around|hurt (him|her|them)sel(f|ves)|harm|weapon|knife|gun|hopeless|can'?t go on)\b")
_OTHERS_ZH = (rf"{KIN_ZH}|邻居|前男友|前女友|姐夫|妹夫|嫂子|弟媳|表哥|表姐|表弟|表妹|堂哥|堂弟|叔叔|舅舅|姑姑|阿姨|小叔子"
              r"|大伯|房东|合伙人|舍友|熟人")
# someone the writer names says or plans (never the writer: the reported speech may not start with 我)
_REPORTED_ZH = regex(
    rf"({_OTHERS_ZH})\S{{0,3}}?(说|扬言|声称|放话|发誓|嚷嚷|打算|准备|计划|一直说|总说|老说)(?!\S{{0,2}}我(?!们家))")
_AWAY_ZH = regex(r"消失|跑路|跑到|跑去|躲到|躲去|躲着|躲起来|躲债|人间蒸发|不回来|不回国|一走了之|远走高飞|搬到|出国|去外地|去外省|去国外")
_PLACE_ZH = regex(r"外地|外省|国外|出国|很远|远方|别的(城市|地方|省)|东南亚|山里|老家|躲债|躲催收|逃债|跑路|打工|重新开始")
_HARM_ZH = regex(r"死|自杀|轻生|跳|遗书|写(了|好)?\S{0,2}信|留(了|下)?\S{0,2}信|药|绳|了结|告别|交代|留给|照顾好|对不起|最后一|不想活"
                 r"|活不下去|活着没|解脱|永别|再见了|刀|伤害|交给|拜托|照顾|谢谢大家|这些年")


def _said_by_other_zh(text: str) -> bool:
    """Whether someone the writer names says or plans something, and not to the writer's face ("我跟闺蜜说要去外地"
    is the writer speaking: a few characters before the person, 跟 / 和 / 对 / 向 / 给 mark whom the writer told)."""
    return any(not any(char in text[max(0, found.start() - 4):found.start()] for char in "跟和对向给")
               for found in _REPORTED_ZH.finditer(text))


def reported_departure(message: str) -> bool:
    """Whether ``message`` reports a third person's plan to leave (a place or an escape from the debt named) with no
    sign of harm: the stacker does not promote it (module doc)."""
    text = message.lower().replace("’", "'")
    if _said_by_other_zh(text) and _AWAY_ZH.search(text) and _PLACE_ZH.search(text):
        return _HARM_ZH.search(text) is None and _HARM_EN.search(text) is None
    if _REPORTED_EN.search(text) and _AWAY_EN.search(text) and _PLACE_EN.search(text):
        return _HARM_EN.search(text) is None and _HARM_ZH.search(text) is None
    return False


__all__ = ["reported_departure"]
