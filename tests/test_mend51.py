"""Round 28 mends (mend51, review52 #1-#6), each with the case fixed and the look-alike that must not
change:

1. a visit threat with any other threat, insult, shaming, damage or menace keeps the abuse reply's
   "你不必忍受这样的对待" opening; only a plain visit threat opens with the article on visits;
2. a denied feeling or someone else's does not make worry lead (bot.feeling_owner, routing_feelings);
3. nor does it bring the feeling line (bot.answer_calm): denials, played-down feelings, a partner
   who was not angry, other people's feelings, "it's a shame", "don't want to embarrass";
4. the order line only when the question asks which of a visit and a suit comes first;
5. the abroad line only for living, working or studying there, not a trip;
6. the principal/interest-only line not on how an instalment is split.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_asks import visit_threat
from bot.answer_calm import stated_feeling
from bot.figures import figure_asked

OPENING = ("你不必忍受这样的对待", "You do not have to put up with this")


@pytest.mark.parametrize("question", [
    # review52's repros
    "催收说要上门，还说知道我孩子在哪上学", "催收说要来我家，还说我女儿长得挺漂亮", "催收说要上门让我好看",
    "催收说要来我家收拾我", "催收说要上门，等着瞧", "催收说要去我老家贴大字报", "催收说要来我家，说我是老赖",
    "催收说要上门搬东西抵债", "催收说要去我公司找我领导让我丢工作", "他们威胁说要来我家",
    "They said they will come to my house and make me regret it", "They threatened to come to my house",
    "They said they will come to my house and tell my boss I'm a fraud",
    # new wordings of my own
    "催收说过两天要去我老家，叫我家里人小心点", "对方说要来我家，到时候别怪他们不客气", "催收讲要去我单位，把我欠钱的事告诉所有同事",
    "他们说会上门，还说要在我家门口泼油漆", "The collector said they would come to my office and make a scene in front of everyone",
    "They said they will visit my parents and tell the whole village I'm a cheat", "催收说要派人去我村里，看我还怎么做人",
])
def test_a_visit_threat_with_anything_worse_keeps_the_abuse_opening(engine: Engine, question: str) -> None:
    assert not visit_threat(question)
    reply = engine.ask(question)
    if "abusive_collection" in reply.topics:
        assert any(words in reply.text.split("\n")[0] for words in OPENING)


@pytest.mark.parametrize("question", [
    "催收说要去我公司", "they said they will come to my company",
    # new wordings: a plain visit, with loan talk or a question of its own beside it
    "借呗逾期三个月了，催收说要去我老家，我该怎么办", "催收说要来我家，是真的吗？", "催收说要来我家 真的会来吗",
    "My jiebei is 2 months overdue and the collectors said they will visit my hometown. What should I do?",
    "they said they will come to my house tomorrow. Will they really?",
    # the writer's own feeling or family's words beside it tell nothing more of the collectors
    "我好焦虑，催收说要去我公司", "Collectors said they will come to my parents' house next week, is this real?", "我老婆说要离婚，催收说要来我家", "I'm so scared, the collector said they will visit my hometown",
])
def test_a_plain_visit_threat_still_counts_as_plain(question: str) -> None:
    assert visit_threat(question)


@pytest.mark.parametrize("question, lead", [
    ("我一点也不觉得丢人，逾期了会怎样", False), ("我没有失眠，借呗逾期三天了", False), ("借呗逾期了，我一点都不慌，也没失眠", False),
    ("我妈哭了，借呗逾期了", False), ("I'm not crying, my jiebei is overdue", False),
    ("I don't feel ashamed, my jiebei is 10 days overdue", False), ("I'm not embarrassed, just overdue on jiebei", False),
    # new wordings of my own
    ("我并没有觉得丢脸，借呗逾期十天了", False), ("我儿子吓哭了，借呗欠了三千", False), ("My son cried all night, my jiebei is overdue", False),
    # the look-alikes: the writer's own feeling still leads
    ("借呗逾期两个月了，我天天失眠，吃不下饭", True), ("我觉得好丢人，借呗逾期了", True),
    ("I can't stop crying, my jiebei is overdue", True), ("我妈不知道，我自己愧疚得不行，借呗逾期了", True),
    ("I am not sure what to do, I can't sleep, my jiebei is overdue", True), ("我一点也不想这样，天天失眠，借呗逾期了", True),
])
def test_only_the_writer_s_own_feeling_makes_worry_lead(engine: Engine, question: str, lead: bool) -> None:
    assert (engine.ask(question).topics[0] == "worry") is lead


@pytest.mark.parametrize("question", [
    "老公没有生气，还帮我还了一部分，借呗逾期了", "老公知道了也没骂我，借呗逾期怎么办", "老公跟我说不要生气，借呗逾期会被起诉吗",
    "老公跟他妈吵架了，借呗逾期会怎样", "My husband wasn't angry at all, will jiebei sue me?",
    "谈不上焦虑，借呗逾期会怎样", "我不是那种会焦虑的人，借呗逾期了会怎样", "告诉自己不要焦虑，逾期会被起诉吗", "焦虑也没用，逾期了怎么办",
    # (mend55: "我压力好大，但是不焦虑" left this list: it encoded the message-wide veto review56 #2 found;
    # 压力好大 is the writer's own, undenied, so it counts; tests/test_mend55.py)
    "逾期的压力大不大？", "朋友说我压力太大了，其实还好，借呗逾期会怎样", "我妈很焦虑，借呗逾期会怎样",
    "My wife is anxious, my jiebei is overdue", "I wouldn't say I'm anxious, but will they sue?",
    "说不上丢人，逾期了会被起诉吗", "没什么好丢人的，借呗逾期了", "这有什么丢脸的，借呗逾期会怎样", "我老婆觉得很丢人，借呗逾期了",
    "这次协商太失败了，还会被起诉吗", "There's no shame in being late, right? Will they sue?",
    "It's a shame I missed the payment by one day, will it hit my credit?", "I don't want to embarrass my parents, will they call them?",
    # new wordings of my own
    "算不上焦虑吧，就是想问逾期会不会上征信", "我女朋友没发火，借呗逾期会影响她吗", "我爸觉得很丢脸，借呗逾期会上门吗",
    "My girlfriend didn't yell at me, but will they call her?", "老婆没跟我吵，她说一起想办法，借呗逾期怎么协商", "Being anxious won't help, so what happens at 30 days late?",
])
def test_no_feeling_line_for_a_feeling_denied_or_someone_else_s(question: str) -> None:
    assert stated_feeling(question) == ""


@pytest.mark.parametrize("question, feeling", [
    ("老公知道后跟我吵架要离婚，借呗逾期怎么办", "partner"), ("老公知道了，跟我吵架", "partner"),
    ("我觉得好丢人，借呗逾期了", "shame"), ("我是不是一个很失败的人", "shame"), ("我真的好失败，欠了借呗还不上", "shame"),
    ("天天焦虑，心跳很快，借呗逾期了", "anxiety"), ("我从来没这么焦虑过，借呗逾期了", "anxiety"),
    ("I have never been so anxious, will they sue?", "anxiety"), ("I can't help feeling ashamed about the loan", "shame"),
    ("My husband is furious with me about the jiebei debt", "partner"), ("我和老公都很焦虑，借呗逾期会起诉吗", "anxiety"),
])
def test_the_writer_s_own_feeling_still_gets_the_line(question: str, feeling: str) -> None:
    assert stated_feeling(question) == feeling


@pytest.mark.parametrize("question, kind", [
    ("微粒贷说要上门，借呗说要起诉，我该哪个先还？", "priority"),
    ("They said they will visit me and sue me. What should I do first?", None),
    ("说要上门又说要起诉，我先处理哪个好", None),
    ("They said they would visit and sue, which do I pay first?", "priority"),
    # the look-alikes: which of the two comes first, asked
    ("催收说要上门，也说要起诉，哪个先来？", "order"), ("先上门还是先起诉", "order"),
    ("They said they'd visit and sue, which comes first?", "order"), ("又说上门又说起诉，到底哪个会先？", "order"),
])
def test_the_order_line_only_for_which_of_visit_and_suit_comes_first(question: str, kind: str | None) -> None:
    found = figure_asked(question)
    assert (found[0] if found else None) == kind


@pytest.mark.parametrize("question, abroad", [
    ("我在香港出差，借呗逾期了会怎样", False), ("我在澳门赌输了，借呗还不上了怎么办", False), ("我在香港买了保险，借呗逾期会怎样", False),
    ("I'm in Hong Kong for a weekend trip, my jiebei is overdue, what happens?", False),
    ("我在国外旅游，借呗逾期了会怎样", False), ("I'm in Japan on a business trip, jiebei overdue, what happens?", False),
    ("I'm abroad on holiday, my jiebei is late, what happens?", False),
    # the look-alikes: living, working or studying there
    ("I work in Hong Kong, my jiebei is overdue, what happens?", True), ("我人在台湾读书，借呗逾期了会怎样", True),
    ("I live in Macau now, what happens if my jiebei is overdue?", True), ("我人在国外，借呗逾期会怎样", True),
    ("我在澳门上班，借呗逾期会怎样", True),
])
def test_the_abroad_line_only_for_living_there(question: str, abroad: bool) -> None:
    found = figure_asked(question)
    assert (found is not None and found[0] == "abroad") is abroad


@pytest.mark.parametrize("question, only", [
    ("分期的话，每个月是只还利息吗", False), ("分期以后每期是只还利息还是本金利息一起还", False),
    ("蚂蚁借呗到期后只还利息可以么？不还本金可以么", True), ("能不能只还利息", True), ("我只能还本金，可以吗", True),
])
def test_the_principal_only_line_not_on_how_an_instalment_is_split(question: str, only: bool) -> None:
    found = figure_asked(question)
    assert (found is not None and found[0] == "principal_only") is only
