"""Round 20 (cls19, issue 13): feelings asked about (worry), long stories whose last sentence is the
question, and questions about Jiebei that do not name it; each fixed by mechanism beside a twin that
must not change."""

import pytest

from bot import Engine
from bot.routing_feelings import feeling_asked
from bot.routing_product import product_asked
from bot.text import normalize

WORRY, OOS, ABOUT, AFTER = "worry", "out_of_scope", "about_jiebei", "after_repayment"
COLLECTION = "collection_process"


# 1. A feeling asked about: how to bear it, or what becomes of the writer (bot.routing_feelings).
@pytest.mark.parametrize("question", [
    "逾期两个月了 天天害怕 我该怎么办才能让自己不那么怕",  # was collection_process
    "脑子里全是欠的钱 心慌 我是不是要崩溃了",  # was uncovered_consequences
    "好怕 逾期了我会怎么样",
    "i'm so scared, what's going to happen to me",
    "I keep panicking about my huabei debt, how do I calm down?",
    "欠了网贷 每晚失眠 有什么办法能让自己睡个好觉",
    "我担心征信 怎么调整心态",  # the question is how to bear it, whatever the fear is of
    "逾期了 怎么办 我好怕",  # what to do, beside a feeling, nothing else named (was collection_process)
    "I'm overdue and scared, what should I do?",
])
def test_a_feeling_asked_about_gets_the_worry_reply(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == WORRY and "12356" in reply.text


@pytest.mark.parametrize("question, topic", [
    ("我好怕他们上门 怎么办", "home_visit"),  # a fear that names its consequence stays that topic
    ("怕上征信 怎么才能不上征信", "credit_report"),  # the asking clause names the matter
    ("scared they'll sue me, what will happen to me", "lawsuit"),
    # ("借呗逾期了我好害怕": worry first, collection_process second since cls81: tests/test_routing_mechanics.py)
    ("借呗逾期了会怎么样 好怕", COLLECTION),  # what happens to the loan, not to me
    ("how do i calm down before my exam", OOS),  # nothing about a debt
    ("so anxious about my driving test, how do i calm down", OOS),  # the feeling is about something else
    ("花呗还不上 好害怕 怎么办", "negotiate"),  # money short named: what to do is negotiate's
    ("借呗逾期十天了 我好怕 接下来会怎么样", COLLECTION),  # what happens next, asked of the loan
    ("逾期三天了，怎么办", COLLECTION),  # no feeling: what happens now
])
def test_a_fear_of_a_matter_keeps_its_topic(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


def _concepts(folded: str) -> set[str]:
    return {"worry"} if any(w in folded for w in ("怕", "焦虑", "scared")) else set()


def test_feeling_asked_reads_clauses_split_by_spaces() -> None:
    # "股票跌了" is a clause of its own (no debt, no feeling): the feeling is about something else
    assert feeling_asked([OOS], "股票跌了 好焦虑 怎么才能冷静下来", _concepts) == [OOS]
    assert feeling_asked([OOS], "欠了好多钱 好焦虑 怎么才能冷静下来", _concepts) == [WORRY]
    assert feeling_asked(["lawsuit", "home_visit"], "好焦虑 怎么才能冷静下来", _concepts) == ["lawsuit", "home_visit"]


# 2. A long story of lateness before the question: the question at the end decides.
@pytest.mark.parametrize("question, topic", [
    ("去年在借呗借了三万给家里盖房子，后来工地停工一直没活干，现在逾期快一年了，催收每天都打电话来问，"
     "我想问这种情况会不会坐牢", "uncovered_consequences"),
    ("I borrowed from Jiebei to cover my brother's debts and now I'm six months late, about 60,000. "
     "A collector said I could be arrested for this. Is that true, could I go to jail?", "uncovered_consequences"),
])
def test_the_question_at_the_end_of_a_story_leads(engine: Engine, question: str, topic: str) -> None:
    topics = engine.ask(question).topics
    assert topic in topics and COLLECTION not in topics


@pytest.mark.parametrize("question", [
    "逾期三天了，怎么办",  # the question names nothing: what happens now is the answer
    "After the due date passes, how does Alipay remind borrowers?",  # one clause frames it: no story
    "借呗逾期第五天，一开始只是短信提醒，今天开始接到电话，对方说话还算客气，就是问我什么时候能还，"
    "我手头真的紧，接下来他们还会做什么",
])
def test_a_story_asking_what_happens_next_stays_collection(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic == COLLECTION


# 3. Jiebei asked about without its name (bot.routing_product).
@pytest.mark.parametrize("question", [
    "额度高低看什么", "支付宝里借钱那个是正规的吗", "这种借款算不算网贷", "蚂蚁的那个信用贷是啥",
    "晚还了一次 额度就少了 为啥",  # a limit fell after being late: the article's score-and-limit line
    "how is the alipay loan limit set", "what is this alipay credit loan",
    "why did my borrowing limit go down after i was late",
])
def test_the_product_asked_about_without_its_name(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic == ABOUT


@pytest.mark.parametrize("question, topic", [
    ("一直正常还款 额度却降了 为什么", OOS),  # cut while paying on time: billing
    ("额度怎么才能提高", OOS), ("how can i increase my credit line", OOS), ("我现在能借多少额度", OOS),
    ("i never missed a payment so why did my limit drop", OOS),
    ("额度被降了 结清以后能不能恢复", AFTER), ("will my limit come back after i clear the overdue", AFTER),
    ("逾期会影响芝麻分吗", "credit_report"),
    ("这笔借款是什么时候到期", OOS), ("今天还这个借款算不算逾期", OOS),  # billing asked of the unnamed product
    ("what is my alipay loan balance", OOS), ("what is the alipay loan interest rate", OOS),
])
def test_limit_billing_and_getting_it_back_keep_their_topics(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


def test_product_asked_leaves_another_product_alone() -> None:
    assert product_asked([OOS], normalize("花呗额度是怎么定的")) == [OOS]
    assert product_asked([OOS], normalize("额度是怎么定的")) == [ABOUT]
    assert product_asked(["credit_report"], normalize("额度是怎么定的")) == ["credit_report"]  # only a misread moves


@pytest.mark.parametrize(("question", "loan_topic"), [
    ("借呗逾期了，我好怕，手里只有两千，怎么办", COLLECTION),  # review41: worry alone had dropped the advice
    ("逾期了，我好慌，钱不够还，怎么办", "negotiate"),
    ("I'm late on Jiebei and so scared, payday is next week, what should I do?", COLLECTION),
])
def test_a_feeling_beside_a_loan_matter_keeps_the_loan_answer_second(engine: Engine, question: str, loan_topic: str) -> None:
    reply = engine.ask(question)
    assert reply.topics == (WORRY, loan_topic) and "12356" in reply.text


def test_a_feeling_with_no_loan_reading_is_worry_alone() -> None:
    assert feeling_asked([OOS], "欠了好多钱 好焦虑 怎么才能冷静下来", _concepts) == [WORRY]
    assert feeling_asked([COLLECTION], "欠了好多钱 好焦虑 怎么才能冷静下来", _concepts) == [WORRY, COLLECTION]


def test_one_loan_of_the_borrowers_is_not_assumed_to_be_jiebei(engine: Engine) -> None:
    assert engine.ask("这笔借款是谁放的").topic == OOS  # review41: had been told it was Jiebei
