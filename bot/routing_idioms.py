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
# A loan, a debt or being late named: the idiom sits beside a loan matter. (Billing alone, "借呗怎么提前还款
# 急死了", names the product too: the classifier still reads it as billing once the feeling is plain.)
_LOAN = regex(r"借呗|借唄|花呗|花唄|网贷|網貸|贷款|貸款|借款|欠款|还款日|還款日|催收|征信|芝麻分|\b(?:jiebei|huabei|loan|debt)\b", re.IGNORECASE)


def _plain(match: re.Match[str]) -> str:
    """The plain feeling an idiom says (English idioms: "so scared")."""
    word = match.group(1) or match.group(2)
    return _PLAIN.get(word, "好担心") if word else " so scared "


def feeling_plainly(body: str) -> str:
    """``body`` with each idiom of feeling (吓死我了, 烦得要死, 要被气死了, "scared to death") said as the
    plain feeling (好害怕, 好烦, 好生气, "so scared") when the message names a loan, a debt or being
    late; otherwise ``body`` unchanged. For the loan router's reading only, never the safety check's."""
    if not _IDIOM.search(body) or not (_LOAN.search(body) or LATE_OR_COLLECTED.search(body)):
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
_CRY = regex(r"救命|救救我|救救|谁能帮帮我|帮帮我|\b(?:help me(?=\s*(?:$|[,.!?]|please|pls|jiebei|huabei|i\b|my\b))|sos|please help)\b", re.IGNORECASE)
_NO_LOAN_READING = frozenset({"out_of_scope", "about_jiebei", "capabilities", "prevention", "greeting"})


def feeling_not_declined(topics: list[str], folded: str) -> list[str]:
    """[worry] for a reading that answers no loan matter (a decline, what Jiebei is) of a message that
    tells a feeling idiom (read plainly by feeling_plainly) beside being late ("借呗还款日过了一天 吓死我了", read as 好害怕), or cries for help
    beside a loan ("救命 借呗", "help me, jiebei overdue"). ``folded``: the message as the router reads it."""
    if not topics or topics[0] not in _NO_LOAN_READING or _COUNTS_AS_LATE.search(folded):
        return topics
    late = LATE_OR_COLLECTED.search(folded) or _DUE_PASSED.search(folded)
    if (late and _FELT.search(folded)) or (_CRY.search(folded) and (late or _LOAN.search(folded))):
        return ["worry"]
    return topics
