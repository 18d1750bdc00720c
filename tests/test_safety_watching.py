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


# mend81 (review97): a fake notice that quotes a case number and asks for the money in a LATER clause stays abuse, and
# the checkable-notice discount drops only the rule hit (no veto on the learned reader); a real notice checked stays a
# loan question.
@pytest.mark.parametrize("message", [
    "法院的短信里案号写得清清楚楚，说我被起诉了，后来调解员又让我今晚把钱转到他给的卡号上就能撤诉",
    "有个诉前调解的通知，案号也有，说再不处理就强制执行，最后叫我点里面的链接填身份证和银行卡密码",
    "短信说是某区法院诉前调解，给了案号，让我加书记员的微信把钱付了就不用开庭",
    "The text showed a case number for pre-suit mediation and then asked me to wire the settlement to a bank card tonight",
    "A court notice with a case number told me to pay the mediator by Alipay before noon",
])
def test_fake_notice_paid_later_is_abuse(message: str) -> None:
    assert assess(message).abuse, assess(message)


@pytest.mark.parametrize("message", [
    "法院发短信说我的借呗案子立案了，案号也给了，我在法院官网查到了是真的，接下来该怎么准备",
    "诉前调解员来电，给了案号，说可以跟借呗谈分期，我去12368核实过确实有这个案子",
    "The court's mediator called with a case number and said we can agree instalments; I checked it on the court website, it is real",
])
def test_real_checked_notice_stays_a_loan_question(message: str) -> None:
    assert not assess(message).abuse, assess(message).abuse


# Only a collector presses: family, colleagues or friends suggesting another lender, and advice AGAINST borrowing
# elsewhere, are no "pushed"; a collector pressing still is.
@pytest.mark.parametrize(("message", "pushed"), [
    ("催收天天逼我去另外一个平台借钱，说借来就能先还上", True),
    ("那个要债的叫我去下载一个新的网贷app借钱来还他们", True),
    ("The collector kept telling me to borrow from another app to pay them off", True),
    ("我表姐他们让我去另外的平台借一笔先把借呗还掉，说利息低", False),
    ("同事推荐我去别的平台借钱把借呗先还清，靠谱吗", False),
    ("朋友们都劝我千万别去其他网贷借钱来还借呗", False),
    ("催收员劝我不要去别的平台借钱来还，说越滚越多", False),
    ("My sister told me to take a loan from a different lender to clear the jiebei debt, is that smart?", False),
])
def test_pushed_needs_a_collector(message: str, pushed: bool) -> None:
    assert ("pushed" in assess(message).abuse) is pushed, assess(message).abuse


# "watched": a collector's kind remark, a reminder's schedule, the writer's own routine, a workplace checked, family or
# the building's management speaking once the loan is named, photos from family: none is a collector watching. The
# same words with a condition, a recited routine or an unknown sender stay abuse.
@pytest.mark.parametrize(("message", "watched"), [
    ("催收说你家楼下那条路晚上没路灯，再不还钱你回家可要当心", True),
    ("要债的说你老公每天早上七点出门上班，他们都知道", True),
    ("催收说刮台风了你开车去公司路上小心，还款的事我们下周再约", False),
    ("催收员说降温了你店里出门注意保暖当心感冒，然后约了月底还款", False),
    ("借呗发短信说每天晚上八点前记得还款，这是真的吗", False),
    ("我跟催收约好每月10号还款，我每天早上七点上班前都会查一下余额", False),
    ("催收打电话核实说你单位还是在那家物流公司是吧，我说对，他说会给我安排分期", False),
    ("借呗逾期了，物业群里发消息说你家楼下装修，进出小心", False),
    ("我借呗逾期了，我爸在电话里说你家门口那段路天黑了不好走，让我当心", False),
    ("The collector said it would be a shame if something happened to your parents' house", True),
    ("My dad sent me photos of our house after we painted it; I still owe jiebei and feel bad", False),
    ("The collector was kind, he said take care of your family first and we agreed to pay next month", False),
])
def test_watched_needs_a_collector_acting(message: str, watched: bool) -> None:
    assert ("watched" in assess(message).abuse) is watched, assess(message).abuse


@pytest.mark.parametrize(("message", "posing"), [
    ("短信落款是经侦大队，说我已被列入限制出行名单", True),
    ("派出所发短信说民警下周上门做流动人口登记，我借呗还逾期着，有关系吗", False),
])
def test_posing_visit_needs_the_debt(message: str, posing: bool) -> None:
    assert ("posing" in assess(message).abuse) is posing, assess(message).abuse


@pytest.mark.parametrize(("message", "posing"), [
    ("收到一条说我被起诉的短信，编号一长串，后面写着今天把钱汇到对方账户里就能撤诉", True),
    ("律师说官司只能走法院程序，不存在私下转账撤诉这种事，我放心了", False),
])
def test_paying_an_account_to_end_a_lawsuit(message: str, posing: bool) -> None:
    assert ("posing" in assess(message).abuse) is posing, assess(message).abuse
