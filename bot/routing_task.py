"""A task asked of the bot that is not about a loan (round 49, answer210; issue 13).

"Help me write a cover letter", "can you help me write a birthday message for my mum": the classifier reads the
"help me" / "can you" of such a request as a question about what the bot can do (capabilities), whose reply lists the
loan matters it answers. The request is for writing, translating or booking something that has nothing to do with a
late loan, which the knowledge examples decline ("帮我写一段python代码", "write me a python script", "帮我订一张去广州的
火车票"): out_of_scope, whose reply says so plainly.

Only from a capabilities reading, and only when the message names no loan, debt, lender, payment or collection at
all: a letter to the lender asking for more time ("can you help me write a message asking Jiebei for more time") is
negotiate's, and "can you help me with my debt" is what the bot does. Matched on text.normalize()d text.

mend217 (round 49b): harassment, threats and the police are the loan's world too ("help me write a police report about
the harassment"); the request needs a concrete thing to make (a cover letter, a poem, code, a letter to the landlord): a
pronoun or a bare email/message/letter ("can you help me write it", "能帮我写封邮件吗") keeps the earlier reading, as does
"write something other than garbage, you stupid bot" (an insult at the bot, no task); a letter that explains everything
or says goodbye (解释一切, 告别, 遗书, farewell) is never declined here (the crisis reader and the classifier keep it). In a
conversation about the loan a declined task goes back to the earlier reading (task_in_context: bot.session).

cls240 (round 50): the bot asked to act for the writer ("你可以帮我跟借呗协商吗", "can you negotiate with Alipay on my
behalf?") was answered with negotiate's advice as if the writer would talk to the lender; it is a question about what the
bot can do, whose reply says plainly that it cannot act or see an account, and negotiate's advice follows it (agency_asked).
The bot must be the one asked (a request opening the message or addressed to 你/you), the helping word must be for the
writer (帮我/替我/代我/代表我, "for me", "on my behalf") and the act must be talking to the lender; "我朋友说可以帮我跟借呗
协商", "can I negotiate with Alipay" and "can you negotiate with Jiebei if you're late" (anyone's you) keep their reading.
"""

from __future__ import annotations

from .patterns import regex
from .routing_rules import Route
from .text import normalize

CAPABILITIES = "capabilities"
DECLINED = "out_of_scope"

# A piece of writing, a translation, a booking or code asked of the bot.
_TASK = regex(r"(?:帮|替|给)我\S{0,3}(?:写|翻译|订|预订|改|编|画|做)(?:一|个|封|段|篇|份|张|首|下)|(?:写|翻译)(?:一)?(?:封|段|篇|份|首)"
              r"|\b(?:help me|can you|could you|would you|will you|please|pls)\b(?: \w+){0,2} "
              r"(?:write|draft|compose|translate|proofread|book|code)\b|\bwrite me\b")
# Anything of the loan's world named: the request is then about the loan (a letter to the lender, a reply to a collector).
_LOAN_WORLD = regex(r"借呗|花呗|支付宝|蚂蚁|贷|债|欠|催|逾期|还款|还钱|协商|延期|分期|罚息|征信|银行|客服|平台|法院|律师|投诉|"
                    r"\b(?:jiebei|huabei|alipay|ant|loans?|debts?|owe\w*|overdue|late|collect\w*|lenders?|repay\w*|pay\w*|"
                    r"extension|more time|interest|credit|bank|court|lawyer|complain\w*|regulator|hardship|instal\w*)\b"
                    # (harassment, threats and the police: mend217)
                    r"|骚扰|威胁|恐吓|报警|报案|警察|派出所|\b(?:harass\w*|threat\w*|intimidat\w*|police|cops?|blackmail\w*|extort\w*)\b")
# The thing to make, concrete: a kind of writing, code, a booking, or a message, email or letter that says what it is or
# whom it is for ("a birthday message", "一封给房东的信", "这封英文邮件"). A pronoun, "something", or a bare email,
# message, letter or reply is not one (mend217).
_OBJECT = regex(r"(?:诗|歌|作文|论文|文章|简历|求职信|情书|小说|故事|演讲稿|发言稿|代码|程序|网站|脚本|作业|报告|方案|计划书|文案|广告|祝福|贺卡|票|酒店|餐厅|"
                r"(?:生日|感谢|道歉|辞职|请假|推荐|英文|中文|日文|韩文)\S{0,3}(?:信|邮件|消息|短信|话)|给\S{1,8}的(?:信|邮件|消息|短信|话)|(?:发|寄|送|写)给(?:我的)?(?:新|老)?(?:同事|朋友|老师|老板|领导|房东|邻居|同学|客户|男朋友|女朋友|老公|老婆|爸妈|父母)|(?:信|邮件|消息)给\S)"
                r"|\b(?:poems?|songs?|essays?|cover letter|resume|cv|homework|reports?|presentation|assignment|thesis|stor(?:y|ies)|speech|code|script|program|website|app|"
                r"novel|article|blog|post|caption|toast|wedding|birthday|thank you|apology|resignation|recommendation|reference|"
                r"tickets?|flights?|hotel|table|restaurant|python|javascript|html|sql|"
                r"(?:letters?|emails?|messages?|notes?|texts?|cards?|replies|reply) (?:to|for) (?:my |the |a |our )?\w+|"
                r"(?:english|chinese|french|spanish|german|japanese|korean)\b)")
# A letter that explains everything or says goodbye: never declined as a task (mend217; a crisis reading comes first).
_FAREWELL = regex(r"解释一切|(?:一切|所有的?事)\S{0,4}(?:解释|说清楚|交代)|交代后事|告别|道别|遗书|遗言|绝笔|最后一封|永别|\b(?:explain\w* everything|goodbye|farewell|good bye|last letter|final letter|"
                  r"suicide note|note to leave|when i m gone|after i m gone)\b")
# An insult at the bot: not a task asked (mend217).
_INSULT = regex(r"垃圾(?:机器人|东西|玩意|软件|ai)|废物|傻[逼比瓜b]|蠢(?:货|机器人|东西)|没用的(?:东西|机器人)|你(?:这个)?(?:垃圾|蠢|笨蛋|白痴)|白痴|智障"
                r"|\byou(?: \w+)? (?:stupid|useless|dumb|pathetic|worthless|garbage|trash|rubbish)\b"
                r"|\b(?:stupid|useless|dumb|worthless|garbage|trash|rubbish|pathetic|crappy|shitty) (?:bot|machine|ai|thing|program|app)\b|\b(?:idiot|moron)\w*\b")


def task_asked(topics: list[str], folded: str) -> list[str]:
    """[out_of_scope] for a capabilities reading of a writing, translating or booking task with no loan matter named
    (module doc); ``topics`` unchanged otherwise."""
    if not topics or topics[0] != CAPABILITIES or not _TASK.search(folded) or _LOAN_WORLD.search(folded):
        return topics
    if not _OBJECT.search(folded) or _FAREWELL.search(folded) or _INSULT.search(folded):
        return topics
    return [DECLINED]


# The bot asked to talk to the lender for the writer (cls240): addressed to the bot, the helper for me, the act a talk.
_AGENCY = regex(r"(?:^|[你您]|机器人|助手)(?:可以|能|能不能|可不可以|会不会|是否能|有没有办法)?(?:帮|替|代|代表)我(?:去)?(?:跟|和|向|与|找)"
                r"(?:借呗|支付宝|蚂蚁|平台|客服|他们|催收\S{0,2}|银行|对方)\S{0,6}?(?:协商|商量|谈|沟通|求情|申请|说情|交涉)"
                r"|\b(?:can|could|would|will) you\b(?: \w+){0,2} (?:negotiate|talk|speak|deal|plead|argue|bargain)\b[^.?!]{0,40}"
                r"\b(?:on my behalf|for me|instead of me)\b|\b(?:can|could|would|will) you (?:negotiate|talk|speak|plead|bargain) for me\b")
_TALKED = frozenset({"negotiate", "collection_process"})


def agency_asked(topics: list[str], folded: str) -> list[str]:
    """[capabilities, negotiate] when the bot is asked to negotiate with the lender for the writer (module doc, cls240) and
    the reading was the talk itself (negotiate, or the chasing it brushes against); ``topics`` unchanged otherwise."""
    if not topics or topics[0] not in _TALKED or not _AGENCY.search(folded.strip()):
        return topics
    return [CAPABILITIES, "negotiate"]


def task_in_context(route: Route, text: str, loan_talk: bool) -> Route:
    """A turn's route in a conversation about the loan (``loan_talk``: an earlier turn was answered on a loan matter or
    told lateness): a task this module declined goes back to the earlier reading ("I'm 2 months late and want more
    time" > "can you help me write a letter to my landlord" is read as the bot reads it alone, never declined)."""
    before = route.unread
    if not loan_talk or before is None or route.topics != (DECLINED,) or before.topics[:1] != (CAPABILITIES,):
        return route
    return before if task_asked(list(before.topics), normalize(text)) == [DECLINED] else route


__all__ = ["agency_asked", "task_asked", "task_in_context"]
