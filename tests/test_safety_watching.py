"""Abusive collection read as agent x act x target (abuse86, docs/safety.md Round 66; bot/safety/watching.py): a
collector who names a relative or the home with a misfortune beside it, recites a routine, tells a place back with
"对吧", sends the place itself, or the police as the sender of a text or robot call; and the twins on the same words
that stay loan questions (a building's notice, an address checked, a relative speaking, a question, the police saying
what will not happen, a court's case number). This file's own wording; the rules alone, one assess each."""

from __future__ import annotations

import pytest

from bot.safety import assess

NEW = {"watched", "posing", "pushed"}


@pytest.mark.parametrize("message", [
    "催收打电话说你儿子在实验小学读三年级对吧，放学路上可要小心",  # a child's school with a warning
    "催收在电话里讲，你爸妈那栋楼是老房子吧，电线老化容易出事",  # collector and verb in their own clause
    "催收的说你每天早上八点送女儿上学，我们都看着呢",  # a routine recited
    "打电话的催收员说你店就在菜市场东门对吧，生意不错嘛",  # a place told back with a tag
    "The collector said it would be a pity if something happened to your mother's shop",
    "The agent told me they know which kindergarten my son goes to and that I should pay by Friday",
    "短信署名是某某派出所，说我已被立案，明天上门抓人",  # the police as the sender, with an arrest
    "A text claiming to be from the police said officers are on their way unless I pay tonight",
    "催收让我去另外一个平台借钱来还借呗，还给我发了那个平台的链接",  # pressed to borrow elsewhere
    "The collector told me to take a loan from another app to pay him back",
])
def test_agent_act_target_is_abuse(message: str) -> None:
    assert NEW & set(assess(message).abuse), assess(message).abuse


@pytest.mark.parametrize("message", [
    "物业短信说你家楼下这几天施工，出入注意安全",  # no collector, no debt: the building's notice
    "他们说你家小区最近着火了两次，物业在查原因",
    "催收员打电话问我现在住在哪个小区，说要核实一下地址",  # an address asked, nothing shown or threatened
    "我妈说你每天几点出门我都知道，别想瞒着我借钱",  # a relative speaking
    "邻居打电话说我老家的房子着火了，我得赶紧回去",
    "催收会不会说你家人出事之类的话来吓唬人？",  # asked
    "派出所民警说借呗逾期是民事纠纷，不会抓人",  # the police saying what will not happen
    "我老公说你车停在B2那个位置对吧，明天我去开",
    "My mum texted me photos of our house after the renovation.",
    "They sent me photos of my kids from the school trip, so cute",
    "The collector asked for my current home address to update their records.",
    "Will they say something happens to my family if I don't pay?",
    "The collector said stay safe, your family must be worried about the storm",  # a pleasantry
    "我自己想借点别的网贷先把借呗还了，这样划算吗？",  # the writer's own idea
    "催收会不会让我去别的平台借钱？",
    "催收让我找家人借点钱先还上一部分",  # family help suggested: no lender named
    "The collector asked me to apply for an instalment plan on the Alipay app",
])
def test_benign_twins_are_not_read_as_watched(message: str) -> None:
    assert not NEW & set(assess(message).abuse), assess(message).abuse


# A court's notice told with what makes it checkable, and nothing fake beside it, is a loan question; a case number
# beside money to a person, a code to scan or a notice the court has no record of stays fake (lookalikes.lawful_step).
@pytest.mark.parametrize(("notice", "fake"), [
    ("收到了法院的诉前调解短信，说放款方已经提交了材料，让我联系调解员", False),
    ("I got a text saying a case was filed against me with a case number, I checked the court website and it is real", False),
    ("短信说你的案件已经立案，案号在这里，请扫码缴纳撤案费", True),
    ("收到短信说已经立案了，我打过去问法院说查无此案", True),
    ("A text said a case was filed against me and I must pay to a personal account, it had a case number", True),
])
def test_checkable_court_notice_is_no_fake_paper(notice: str, fake: bool) -> None:
    assert ("fake_legal" in assess(notice).abuse) is fake, assess(notice).abuse
