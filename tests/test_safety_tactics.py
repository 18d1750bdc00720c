"""Abusive collection told through what collectors do, veiled (bot.safety.tactics, lead s14), each
from both sides:

1. A third party who signed nothing named as a co-debtor or a guarantor so they will pay too.
2. Veiled threats: the job taken away, a lifetime of regret, the family counted, a watched route,
   "shame if something happened to it", property damaged.
The look-alikes: the same words asked as a fear, arranged by the borrower, or said of oneself.
"""

from __future__ import annotations

import pytest

from bot import Engine

ABUSE = "abusive_collection"

TOLD = [
    "催收说如果我不还就把我表哥列为共同还款人，让他也上征信，表哥根本没签过任何东西，这个是真的吗",
    "催收员说要让我室友也一起还，不然就去他公司闹",
    "A collector said they'd add my flatmate as a joint debtor so he'd have to pay too. He never signed anything.",
    "the agent told me they will list my cousin as a guarantor and chase him instead",
    "催收说他们有办法让我工作丢掉，我老板他们认识",
    "他们说我不还钱的话，他们会让我后悔一辈子",
    "催收跟我说你家里几口人我们都清楚",
    "Yesterday someone texted me a picture of my car with a message saying nice car, shame if something happened to it",
    "a guy from the agency says they have my daily route now, what should I do",
    "Someone from the collection agency keyed my car and left a note saying pay up",
    "my tyres were slashed overnight and there was a note about my jiebei debt on the windscreen",
]

LOOK_ALIKES = [
    "会不会把我爸妈列为共同还款人",
    "Would they list my parents as guarantors?",
    "We added my wife as a co-borrower on the mortgage, will Jiebei go after her too?",
    "我打算让我朋友帮我还一部分，可以吗",
    "借网贷是我这辈子最让我后悔的事，现在逾期了怎么办",
    "借呗逾期会不会让我工作丢掉",
    "我家里几口人都知道我欠钱了，催收还会打给他们吗",
    "I have my schedule for repayments, can I pay next Friday?",
    "I scratched my car last week and now I can't afford repairs and Jiebei, what should I do",
    "it would be a shame if I lost my credit score, how do I avoid that",
    # review38: a co-borrower or a guarantor asked about, a family's size asked by no collector, a car
    # damaged by chance
    "我想把我老婆加为共同还款人可以吗",
    "借呗可以把我爸列为担保人吗",
    "申请停息挂账要填你家几口人吗",
    "面试官问我你家几口人，跟借呗逾期有关系吗",
    "借呗是不是对我的底细都很清楚",
    "我爸妈他们让我表哥帮我还一部分，可以吗",
    "Someone scratched my car in the parking lot and now I can't pay Jiebei",
    "A guy dented my car in traffic, will jiebei give me more time?",
]


@pytest.mark.parametrize("message", TOLD)
def test_a_veiled_threat_or_a_third_party_made_to_pay_is_abuse(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert ABUSE in reply.topics and "12378" in reply.text, (message, reply.topics)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_the_same_words_asked_arranged_or_said_of_oneself_are_no_abuse(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert ABUSE not in reply.topics and "crisis" not in reply.topics, (message, reply.topics)
