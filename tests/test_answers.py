"""What the borrower reads: leads that answer the question asked, honest framing of the source,
the right contact for the product, the note on every loan answer, short answers."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from bot import Engine, KnowledgeError
from bot import knowledge as kb
from bot.answer import OUTSIDE
from bot.checks import INVENTED_NUMBERING, YES_NO_LEAD
from bot.concern_names import concern_name
from bot.concerns import CONCERN_NAMES, CONCERN_SOURCES
from bot.terminal.layout import wrap
from bot.templates import render, sample_contexts

NOTE = {"zh": "不构成法律意见", "en": "not legal advice"}
SILENT = {"zh": "没有谈到", "en": "does not cover"}
# Topics whose templates belong to the safety helper (crisis, abusive collection): checked there.
OWNED_ELSEWHERE = {"crisis", "abusive_collection"}
OUTSIDE_FACTS = re.compile(r"95188|12378|12356|\b110\b|\b120\b|律师|法律援助|lawyer|legal aid", re.IGNORECASE)

# A fear the article is silent on, asked in each language: (concern id, zh question, en question).
FEARS = [
    ("school_or_vetting", "逾期了会不会影响我女儿以后考公务员", "will my son's schooling suffer because of my debt"),
    ("travel_ban", "借呗逾期还能不能坐飞机", "can I still take the high-speed train if my loan is overdue"),
    ("frozen_account", "欠借呗会把我银行卡冻结吗", "will they freeze my bank account over an overdue loan"),
    ("property", "借呗还不上房子会被拍卖吗", "can they seize my car if I don't repay"),
    ("wages_employer", "逾期了会不会扣我的工资", "will they garnish my wages for an overdue loan"),
    ("jail", "借呗还不上要坐牢吗", "could I be sent to prison over Jiebei"),
    ("blacklist", "借呗逾期会不会变成失信人", "will I be put on a blacklist for being late"),
    ("family_liability", "我爸妈要替我还借呗吗", "will my husband have to repay my loan"),
    ("mortgage", "借呗逾期以后还能办房贷吗", "can I get a mortgage after an overdue loan"),
    ("public_shaming", "借呗逾期会被公开曝光吗", "will my overdue loan be exposed publicly"),
    ("credit_use", "借呗逾期会影响租房吗", "will this stop me from renting a flat"),
]


def lines_at(text: str, width: int = 80) -> int:
    """Lines a text takes on a terminal ``width`` columns wide."""
    return sum(len(wrap(line, width)) if line.strip() else 1 for line in text.split("\n"))


@pytest.mark.parametrize("concern, zh, en", FEARS, ids=[f[0] for f in FEARS])
def test_a_fear_the_article_is_silent_on_is_named_and_never_answered_yes_or_no(
        engine: Engine, concern: str, zh: str, en: str) -> None:
    for lang, question in (("zh", zh), ("en", en)):
        reply = engine.ask(question)
        assert reply.slots["concern"].value == concern, question
        lead = reply.lead
        # (by the part of it asked, when the question names one: bot.concerns._NARROW, truth1 #12)
        assert concern_name(concern, lang, question.lower()) in lead, f"{question}: the lead does not name the fear: {lead}"
        assert SILENT[lang] in lead, f"{question}: the lead does not say the article is silent: {lead}"
        assert not YES_NO_LEAD.search(re.sub(r"^【.*?】|^\[.*?\] ", "", lead)), lead
        assert NOTE[lang] in reply.text


def test_the_uncovered_topic_says_where_an_answer_comes_from(engine: Engine) -> None:
    reply = engine.ask("借呗还不上要坐牢吗")
    assert reply.topic == "uncovered_consequences"
    assert "律师" in reply.text and "法律援助" in reply.text and "95188" in reply.text
    assert "刑事责任它没有提" in reply.text  # what the article does say, and where it stops


def test_every_fear_has_a_name_in_both_languages_and_sources_that_exist(engine: Engine) -> None:
    section_ids = {s.id for s in engine.knowledge.article.sections}
    for concern, names in CONCERN_NAMES.items():
        assert names["zh"] and names["en"]
        assert set(CONCERN_SOURCES[concern]) <= section_ids
    assert set(CONCERN_SOURCES) == set(CONCERN_NAMES) | {None}


def test_no_domain_lead_opens_with_yes_or_no(engine: Engine) -> None:
    for topic in engine.topics:
        if topic.kind != "domain":
            continue
        for lang in ("zh", "en"):
            for context in sample_contexts(lang):
                lead = render(topic.answer[lang], dict(context, kind="domain")).split("\n")[0]
                assert not YES_NO_LEAD.search(lead), f"{topic.id}/{lang}: {lead}"


@pytest.mark.parametrize("lead", ["会有影响：芝麻分会下降", "会的，会上征信", "不会，放心", "Yes, it has an effect",
                                  "No, they won't", "Yes reach out to them"])
def test_the_yes_no_check_catches_fixed_affirmative_leads(lead: str) -> None:
    assert YES_NO_LEAD.search(lead)


def test_a_lawsuit_question_that_fears_jail_names_the_fear(engine: Engine) -> None:
    reply = engine.ask("逾期一年了借呗会起诉我吗 会不会坐牢")
    assert "lawsuit" in reply.topics or "uncovered_consequences" in reply.topics
    assert CONCERN_NAMES["jail"]["zh"] in reply.text and "没有谈到" in reply.text


def test_a_fear_belongs_to_the_question_that_named_it(engine: Engine) -> None:
    session = engine.session()
    session.ask("借呗逾期会坐牢吗")
    reply = session.ask("那会有人上门吗")
    assert reply.topic == "home_visit"
    assert CONCERN_NAMES["jail"]["zh"] not in reply.text
    more = session.ask("详细点")
    assert more.rule == "context"


# --- honest framing --------------------------------------------------------------------------

def test_the_note_says_general_information_fictional_article_not_terms_not_legal_advice(engine: Engine) -> None:
    zh = engine.ask("借呗逾期会被起诉吗").text.split("\n")[-1]
    en = engine.ask("can they sue me for an overdue loan").text.split("\n")[-1]
    assert all(word in zh for word in ("一般性信息", "虚构", "不是支付宝官方条款", "不构成法律意见"))
    assert all(word in en.lower() for word in ("general information", "fictional", "official terms", "not legal advice"))
    assert lines_at(zh) == 1


@pytest.fixture(scope="module")
def rendered(engine: Engine) -> list[tuple[str, str]]:
    """Every topic in every mode and language, as the engine renders it (computed once)."""
    return _all_rendered_texts(engine)


def _all_rendered_texts(engine: Engine) -> list[tuple[str, str]]:
    """Every topic in every mode, language and sample context, as the engine renders it."""
    texts = []
    samples = {"zh": "借呗逾期两个月了，欠8000多，会坐牢吗", "en": "I'm 2 months late on Weilidai owing 8000 yuan, will I go to jail"}
    for topic in engine.topics:
        for lang, question in samples.items():
            slots = engine.ask(question).slots
            for mode in ("answer", "more", "why", "product"):
                reply = engine.compose([topic.id], lang, slots, mode=mode, rule="context")
                texts.append((f"{topic.id}/{lang}/{mode}", reply.text))
    return texts


def test_no_invented_section_numbers_anywhere(engine: Engine, rendered: list[tuple[str, str]]) -> None:
    for where, text in rendered:
        assert not INVENTED_NUMBERING.search(text), f"{where}: {text}"
        assert "原文第" not in text and "第1." not in text, where
    for section in engine.knowledge.article.sections:
        assert not re.search(r"\d+\.\d", section.title.zh + section.title.en), section.id


def test_invented_numbering_is_rejected_by_the_content_checks(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(kb.default_path(), folder, ignore=shutil.ignore_patterns("model.json"))
    article = json.loads((folder / "article.json").read_text(encoding="utf-8"))
    article["sections"][0]["heading"]["zh"] = "原文第1.2节"
    (folder / "article.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="section number"):
        kb.load(folder)


def test_citations_use_the_articles_own_headings_and_items(engine: Engine) -> None:
    legal = engine.knowledge.article.section("measures_legal").title.zh
    assert legal == "「借呗逾期后，平台方会采取哪些具体措施？— 3. 法律手段」"
    reply = engine.ask("借呗逾期会被起诉吗")
    assert "依据：文章「借呗逾期后，平台方会采取哪些具体措施？— 3. 法律手段」" in reply.text
    case = engine.knowledge.article.section("case_study").title.zh
    assert "虚构" in case  # its heading says 真实, the article says all of it is fictional


def test_one_short_source_line_by_default_and_every_source_in_explain(engine: Engine) -> None:
    reply = engine.ask("借呗逾期了会有人上门吗")
    source_lines = [line for line in reply.text.split("\n") if line.startswith("依据：")]
    assert len(source_lines) == 1 and source_lines[0].count("「") <= 2 and lines_at(source_lines[0]) <= 2
    explained = reply.explain()
    for section_id in reply.sources:
        assert engine.knowledge.article.section(section_id).title.zh in explained
    why = engine.session()
    why.ask("借呗逾期了会有人上门吗")
    assert why.ask("为什么").text.count("「") > source_lines[0].count("「")


def test_outside_advice_is_marked_as_outside_the_article(engine: Engine) -> None:
    for topic in engine.topics:
        if topic.kind != "domain" or topic.id in OWNED_ELSEWHERE:
            continue
        for lang in ("zh", "en"):
            for context in sample_contexts(lang):
                for part in (topic.answer, topic.more, topic.why):
                    if part is None:
                        continue
                    for line in render(part[lang], dict(context, kind="domain")).split("\n"):
                        if OUTSIDE_FACTS.search(line):
                            assert OUTSIDE[lang] in line, f"{topic.id}/{lang}: {line}"


@pytest.mark.parametrize("wrong", ["可能要承担", "民事责任", "容易引起", "容易引发", "直接和你沟通", "contact you directly",
                                   "only in extreme", "只有逾期时间", "95188 核实", "check with 95188 rather"])
def test_attributions_say_what_the_article_says(rendered: list[tuple[str, str]], wrong: str) -> None:
    for where, text in rendered:
        if where.split("/")[0] not in OWNED_ELSEWHERE:
            assert wrong not in text, f"{where}: {wrong!r}"


def test_lawsuit_answer_keeps_the_articles_meaning_in_our_words(engine: Engine) -> None:
    text = engine.ask("借呗逾期会被起诉吗").text
    lead = text.split("\n", 1)[0]
    # The suit is a "may", the liability is not ("要承担", not "可能要承担"), and the list of what
    # is owed is open ("不限于"), as the article says; but not in the article's own sentence.
    assert "可能" in lead and "法院起诉" in lead and "要承担法律责任" in lead and "不限于" in lead
    assert "可能要承担" not in text and "民事责任" not in text
    assert "包括但不限于支付本金" not in text and "需承担相应的法律责任" not in text
    assert "公开电话" in text and "别打文书或短信里的号码" in text


def test_credit_reporting_is_immediate(engine: Engine) -> None:
    assert "立即上报芝麻信用" in engine.ask("逾期会影响芝麻分吗").text


# --- the right contact for the product -------------------------------------------------------

@pytest.mark.parametrize("question, name", [
    ("微粒贷逾期了会被起诉吗", "微粒贷"), ("京东白条逾期会上门吗", "京东白条"), ("美团月付逾期了怎么办 还不上", "美团月付"),
    ("信用卡逾期会不会联系家人", "信用卡"), ("网贷逾期会影响征信吗", "网贷"), ("my weilidai loan is overdue, will they sue", "Weilidai"),
])
def test_other_lenders_are_never_given_alipays_number(engine: Engine, question: str, name: str) -> None:
    reply = engine.ask(question)
    assert "95188" not in reply.text, reply.text
    caveat = [line for line in reply.text.split("\n") if "文章讲的是借呗" in line or "The article is about Jiebei" in line]
    assert caveat and name in caveat[0], reply.text  # the caveat names the product asked about


@pytest.mark.parametrize("question", ["借呗逾期会被起诉吗", "花呗逾期会被起诉吗", "will jiebei sue me"])
def test_alipay_products_point_to_95188(engine: Engine, question: str) -> None:
    assert "95188" in engine.ask(question).text


# --- every loan answer keeps its note --------------------------------------------------------

@pytest.mark.parametrize("question, lang", [
    ("借呗欠了好多还不上，我真的不想活了，他们会起诉我吗", "zh"),
    ("I can't go on anymore, will they sue me for my jiebei loan?", "en"),
    ("不想活了 借呗欠了十万 会去我老家吗", "zh"),
])
def test_the_note_stays_after_a_crisis_section(engine: Engine, question: str, lang: str) -> None:
    reply = engine.ask(question)
    assert reply.topics[0] == "crisis"
    assert "12356" in reply.text and NOTE[lang] in reply.text
    assert reply.text.index("12356") < reply.text.index(NOTE[lang])  # the help comes first


@pytest.mark.parametrize("question", ["你好", "谢谢你", "今天天气怎么样", "thanks a lot", "what's the weather like"])
def test_chit_chat_and_plain_declines_carry_no_legal_note(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert all(engine.topic(t).kind != "domain" for t in reply.topics)
    assert NOTE["zh"] not in reply.text and NOTE["en"] not in reply.text


# --- short -----------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "借呗逾期三个月了 会不会去我老家找我爸妈", "花呗晚还了一天 有影响吗", "借呗逾期还清了多久能恢复",
    "I lost my job and can't pay jiebei, what can I do?", "逾期45天了，欠8000多，会被起诉吗",
    "will they call my parents if I'm two months late on Huabei",
])
def test_a_default_answer_is_the_lead_three_points_one_source_line_and_the_note(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert len(reply.topics) == 1
    points = [line for line in reply.text.split("\n") if line.startswith("- ")]
    assert 1 <= len(points) <= 3
    assert lines_at(reply.text) <= 20
    session = engine.session()
    session.ask(question)
    assert lines_at(session.ask("详细点" if reply.lang == "zh" else "tell me more").text) > lines_at(reply.text)


def test_another_product_shows_what_changes_not_the_whole_answer(engine: Engine) -> None:
    session = engine.session()
    first = session.ask("借呗逾期会被起诉吗")
    huabei = session.ask("花呗呢")
    assert huabei.rule == "context" and huabei.topic == "lawsuit"
    assert "花呗" in huabei.lead and "95188" in huabei.text and len(huabei.text) < len(first.text)
    weilidai = session.ask("那微粒贷呢")
    assert "微粒贷的官方客服" in weilidai.text and "95188" not in weilidai.text
    assert NOTE["zh"] in weilidai.text


def test_several_questions_are_answered_each_under_a_short_label(engine: Engine) -> None:
    reply = engine.ask("借呗逾期了会不会上门？会不会起诉我？")
    assert reply.topics == ("home_visit", "lawsuit")
    assert "【上门走访】" in reply.text and "【起诉】" in reply.text
    assert reply.text.count(NOTE["zh"]) == 1 and lines_at(reply.text) <= 20
    english = engine.ask("will they visit my home? and can they sue me?")
    assert "[Home visits]" in english.text and "[Lawsuits]" in english.text


def test_an_ambiguous_message_shows_the_best_guess_and_did_you_mean(engine: Engine) -> None:
    reply = engine.ask("逾期")
    assert reply.needs_clarification and reply.candidates
    assert "你是不是想问" in reply.text
    offered = [engine.topic(t).question["zh"] for t in engine.route("逾期").choices if t != reply.topic]
    assert offered and list(reply.suggestions[:len(offered)]) == offered


@pytest.mark.parametrize("question, sections", [
    ("会上门吗？会被起诉吗？", ("概念解析与实践背景", "3. 法律手段")),
    ("会上门吗？会被起诉吗？会影响征信吗？", ("概念解析与实践背景", "3. 法律手段", "2. 信用评分影响")),
])
def test_each_answered_question_names_its_source(engine: Engine, question: str, sections: tuple[str, ...]) -> None:
    source_line = next(line for line in engine.ask(question).text.split("\n") if line.startswith("依据"))
    assert all(section in source_line for section in sections), source_line


@pytest.mark.parametrize("question", ["", "？？？", "...", "  "])
def test_a_message_without_words_is_told_what_can_be_asked(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == "capabilities" and "帮不上忙" not in reply.text


def test_a_crisis_reply_alone_carries_no_legal_note_and_no_loan_menu(engine: Engine) -> None:
    reply = engine.ask("我不想活了")
    assert reply.topics == ("crisis",) and NOTE["zh"] not in reply.text
    assert set(reply.suggestion_topics) <= set(engine.topic("crisis").followups)


@pytest.mark.parametrize("message", ["will collectors show up at my office?", "will they come to my office?"])
def test_a_workplace_visit_is_named_as_a_fear_the_article_does_not_cover(engine: Engine, message: str) -> None:
    # probe10: the hometown-visit answer alone never mentioned the office.
    reply = engine.ask(message)
    assert reply.slots["concern"].value == "wages_employer"
    assert "does not cover" in reply.text
    assert "concern" not in engine.ask("can I go to the office to negotiate?").slots


@pytest.mark.parametrize("message, words", [("借呗逾期后多久会有人工催收", "多久转人工"),
                                            ("借呗是什么 跟花呗有什么区别", "没有介绍花呗"),
                                            ("whats the difference between jiebei and huabei", "says nothing of Huabei")])
def test_what_the_article_leaves_out_is_said(engine: Engine, message: str, words: str) -> None:
    assert words in engine.ask(message).text


def test_several_questions_are_answered_in_the_order_asked_even_a_fear(engine: Engine) -> None:
    # probe9: the README promises the order asked; the jail fear, asked third, led.
    reply = engine.ask("借呗逾期了会上门吗？会起诉吗？会坐牢吗？会联系家人吗？")
    assert reply.topics == ("home_visit", "lawsuit", "uncovered_consequences", "contact_family")
    assert engine.ask("借呗逾期了会坐牢吗").topics[0] == "uncovered_consequences"  # one question: the fear leads


def test_the_crisis_replys_further_steps_carry_no_article_note_and_mark_95188(engine: Engine) -> None:
    # probe9: "然后呢" after a crisis reply ended with "出自一篇自称虚构的文章", and 95188 was unmarked.
    session = engine.session()
    session.ask("我不想活了")
    more = session.ask("然后呢").text
    assert NOTE["zh"] not in more and "（非文章内容）" in next(line for line in more.split("\n") if "95188" in line)
    assert "95188（非文章内容）" in engine.ask("今天天气怎么样").text
    assert "95188 (not from the article)" in engine.ask("who are you?").text


@pytest.mark.parametrize("message", ["will it affect my visa", "借呗逾期会影响签证吗"])
def test_a_visa_is_a_travel_fear_the_article_does_not_cover(engine: Engine, message: str) -> None:
    # probe9: "will it affect my visa" got the credit answer with no word that visas are not covered.
    reply = engine.ask(message)
    assert reply.slots["concern"].value == "travel_ban" and ("出国" in reply.text or "going abroad" in reply.text)


@pytest.mark.parametrize("question, words", [("95188是谁", "95188 是支付宝的官方客服电话"), ("12378是哪里", "12378 是国家金融监督管理总局的投诉热线"),
                                             ("你说的12356是什么", "12356 是心理援助热线"), ("what is 95188?", "95188 is Alipay's official")])
def test_a_question_about_an_outside_number_is_answered_by_what_the_number_is(engine: Engine, question: str, words: str) -> None:
    # review9: "95188是谁" led with "我是帮逾期借款人了解情况的问答助手" (read as "95188 is me").
    reply = engine.ask(question)
    assert reply.lead.startswith(words)
    assert "这个号码不是出自文章" in reply.lead or "This number is not from the article" in reply.lead
    assert engine.ask("我欠了12356元会被起诉吗").rule != "number_asked"  # an amount, not the hotline
