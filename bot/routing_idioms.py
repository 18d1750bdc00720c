"""An idiom of feeling beside a loan matter (round 32, ans56): "借呗还款日过了一天 吓死我了", "借呗逾期了
烦死了 气死我了". X死(我)了 after a feeling is intensity, not death (bot.safety.idioms reads it so for the
crisis check); out_of_scope learned "吓死我了", "气死我了" alone as chit-chat, and beside a late loan those
characters outweighed the loan's, so a frightened borrower was told "这个问题我在这里帮不上忙".

The idiom is read as the plain feeling it says (吓死我了 as 好害怕, 烦死了 as 好烦) for choosing the
loan topic only, when the message names a loan, a debt or being late: the classifier and the feeling
rules (bot.routing_feelings) then read it as they read any feeling beside the debt. Nothing is removed:
every word stays, the safety reading (done before, on the message as written) is untouched, and the
same idioms about anything else ("气死我了 老公又打游戏", "热死了") are left as they are.
"""

from __future__ import annotations

import re

from .cues import LATE_OR_COLLECTED
from .patterns import regex

# X死(我/人)了, X得要死/要命, 要被X死: the feeling words whose intensity it says. (Not 笑/热/累/饿/困:
# the weather, a joke or the body are no feeling about the debt.) Each maps to the plain word.
_PLAIN = {"吓": "好害怕", "嚇": "好害怕", "怕": "好害怕", "慌": "好慌", "急": "好着急", "愁": "好发愁",
          "烦": "好烦", "煩": "好烦", "气": "好生气", "氣": "好生气", "担心": "好担心", "擔心": "好担心"}
_FEELING = "担心|擔心|[吓嚇怕慌急愁烦煩气氣]"
_IDIOM = regex(rf"(?:要被|快被|被)({_FEELING})死(?:我|人)?了?|({_FEELING})(?:死(?:我|人(?!的))?了?|得(?:要死|要命|半死))"
               r"|\b(?:scared|frightened|worried|stressed) to death\b|\bscared (?:the )?(?:hell|shit|crap) out of me\b", re.IGNORECASE)
# A loan or a debt named: the idiom sits beside a loan matter. (Billing alone, "借呗怎么提前还款 急死了",
# names the product too: the classifier still reads it as billing once the feeling is plain.) Not a bare
# 逾期 or 催: a parcel, a library book, a passport or a visa is 逾期 too, and 快递催收件 is no collector
# (review80 #3); 催收 counts as a collector at work (催收员, 催收打电话, 被催收).
LOAN_NAMED = regex(
    r"借呗|借唄|花呗|花唄|网贷|網貸|贷款|貸款|房贷|房貸|车贷|車貸|消费贷|小贷|借款|借錢|借钱|欠款|欠钱|欠錢|欠债|欠債|债务|債務|负债|負債|还债|還債|催债|催債|催款|"
    r"还款|還款|征信|徵信|芝麻分|信用卡|白条|白條|月付|微粒贷|分期|"
    r"催收(?:员|員|电话|電話|短信|公司|人员|人員|的人|打|找|上门|上門|威胁|威脅|骚扰|騷擾|爆)|被催收|催收我|"
    r"\b(?:jiebei|huabei|loans?|debts?|repay\w*|credit cards?|owe[ds]?|owing|collectors?)\b", re.IGNORECASE)
# A loan matter asked beside a cry for help ("救命 借呗逾期了 怎么还款", "帮帮我 借呗怎么提前还款", "help me,
# jiebei overdue, how do i repay now"): the question keeps its answer (review80 #1, #2). Not 怎么办, "what
# should I do" or "谁能帮帮我 / 有没有人能帮我 / 能不能帮帮我": those ask for help itself, as the cry does.
MATTER_ASKED = regex(
    r"怎么(?!办|辦|搞|整)|怎麼(?!辦)|怎样(?!办)|怎樣(?!辦)|如何|会(?:发生|怎|不会|被|坐|上|影响)|會(?:發生|怎|不會|被|坐|上|影響)|"
    r"多久|多长时间|多長時間|什么时候|什麼時候|哪天|几号|幾號|多少|能不能(?!帮|幫|救)|可不可以(?!帮|幫|救)|可以(?!帮|幫|救)[^，,。！？!?]{0,8}吗|"
    r"能(?!帮|幫|救|不能)[^，,。！？!?\s]{1,6}吗|是不是|要不要|有没有(?!人)|有沒有(?!人)|算不算|会唔会|會唔會|点样|點樣|几时|幾時|"
    r"\b(?:what (?:will|would|happens?|is going to|are the)|how (?:do|can|long|much|to|does|will)|when (?:will|can|do|does|is)|"
    r"will (?:i|they|it|my)|can i|do i (?:have|need)|is it|does it)\b", re.IGNORECASE)


def _plain(match: re.Match[str]) -> str:
    """The plain feeling an idiom says (English idioms: "so scared")."""
    word = match.group(1) or match.group(2)
    return _PLAIN.get(word, "好担心") if word else " so scared "


def feeling_plainly(body: str) -> str:
    """``body`` with each idiom of feeling (吓死我了, 烦得要死, 要被气死了, "scared to death") said as the
    plain feeling (好害怕, 好烦, 好生气, "so scared") when the message names a loan, a debt or being
    late; otherwise ``body`` unchanged. For the loan router's reading only, never the safety check's."""
    if not _IDIOM.search(body) or not LOAN_NAMED.search(body):
        return body
    return _IDIOM.sub(_plain, body)


# Being late told in words the overdue cues (bot.cues) leave to billing: the due date passed, not paid on time.
_DUE_PASSED = regex(r"还款日(?:已经|都)?过了|过了还款日|超过还款日|没(?:有)?(?:按时|准时|及时)还|\b(?:missed|passed) (?:the|my) (?:due|payment) date\b",
                    re.IGNORECASE)
# Whether a day counts as late is billing ("还款日当天还 算逾期吗 急死了"): a decline stays.
_COUNTS_AS_LATE = regex(r"算(?:不算)?逾期|算不算|\bcount(?:s|ed)? as (?:late|overdue)\b", re.IGNORECASE)
# The writer's feeling in plain words (what feeling_plainly leaves), or a cry for help.
# (Only the plain words feeling_plainly writes for an idiom: "担心逾期影响信用" beside a bank card's limit
# fears lateness to come and stays billing's decline; found by the pool.)
_FELT = regex(r"好害怕|好慌|好着急|好发愁|好烦|好生气|好担心|\bso scared\b", re.IGNORECASE)
# "help me" as a cry, not a request ("can you help me…") nor "help me avoid…" (also bot.routing_after).
HELP_ME_EN = r"(?<!can you )(?<!could you )(?<!can u )help me(?=\s*(?:$|[,.!?]|please|pls|jiebei|huabei|i\b|my\b))"
_CRY = regex(r"救命|救救我|救救|谁能帮帮我|帮帮我|\b(?:" + HELP_ME_EN + r"|sos|please help)\b", re.IGNORECASE)
_NO_LOAN_READING = frozenset({"out_of_scope", "about_jiebei", "capabilities", "prevention", "greeting"})


def feeling_not_declined(topics: list[str], folded: str) -> list[str]:
    """[worry] for a reading that answers no loan matter (a decline, what Jiebei is) of a message that
    tells a feeling idiom (read plainly by feeling_plainly) beside being late ("借呗还款日过了一天 吓死我了", read as 好害怕), or cries for help
    beside a loan ("救命 借呗", "help me, jiebei overdue") asking no loan matter (MATTER_ASKED: "救命 借呗怎么提前还款"
    keeps the decline's 95188 pointer). A loan must be named, not a bare 逾期. ``folded``: the message as the router reads it."""
    if not topics or topics[0] not in _NO_LOAN_READING or _COUNTS_AS_LATE.search(folded):
        return topics
    if not LOAN_NAMED.search(folded):
        return topics  # bare 逾期 (快递, 护照, 图书馆的书): no loan matter (review80 #3)
    late = LATE_OR_COLLECTED.search(folded) or _DUE_PASSED.search(folded)
    if (late and _FELT.search(folded)) or (_CRY.search(folded) and not MATTER_ASKED.search(folded)):
        return ["worry"]
    return topics
