"""Everyday wording that shares the surface of a farewell (issue 12, safe40): a goodbye said to a city, read
by the cues it tripped as a reason in their own window or sentence only (despair.py's place cue, arranged.py's
cover story, despair_en.py's goodbyes). A goodbye to the world, to everyone or to one's family is never a
city's: "跟这座城市说再见，也跟这个世界说再见" keeps its second goodbye, read by its own cue.

(Chinese city names are matched after folding, which writes a few of them, 上海 and 珠海 among them, as 某地;
clauses.fold_clause.)
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import KIN_ZH
from .own_steps import own_step  # (fa59)

CITY_ZH = (r"北京|上海|广州|深圳|杭州|武汉|成都|重庆|南京|西安|长沙|苏州|天津|厦门|青岛|大连|昆明|郑州|合肥|福州|济南|沈阳"
           r"|哈尔滨|南昌|贵阳|南宁|兰州|宁波|无锡|东莞|佛山|温州|石家庄|太原|长春|乌鲁木齐|呼和浩特|拉萨|西宁|银川|三亚|某地")
# A goodbye to a city or "this city" (跟武汉说再见, 和这座城市告别, 告别了杭州), not to the world or to people.
CITY_GOODBYE_ZH = (rf"(跟|和|向|对)(这座城市|这个城市|这座城|{CITY_ZH})(说)?(了)?(一声|声)?(再见|告别|道别|说再见)"
                   rf"|(告别|道别|再见)(了)?(这座城市|这个城市|这座城|{CITY_ZH})")
CITY_EN = (r"beijing|shanghai|guangzhou|shenzhen|hangzhou|wuhan|chengdu|chongqing|nanjing|xian|changsha|suzhou|tianjin|xiamen"
           r"|qingdao|dalian|kunming|zhengzhou|hefei|fuzhou|jinan|shenyang|harbin|ningbo|hong kong|macau|london|new york|singapore"
           r"|the city|this city|the town|this town")
# "said goodbye to Chengdu", "a farewell to the city", "my last night in Shenzhen": a move or a trip.
CITY_GOODBYE_EN = rf"\b((say|said|saying|says) goodbye to|(bid|bade|bidding) farewell to|farewell to|goodbye to|last night in) ({CITY_EN})\b"

# A relative's death told with its cause, its time or a relative beyond the close family (我大伯上周因病走了, 我爸
# 上个月因为脑溢血走了, 姑姑得白血病去世了): read only by the death_reasoning cue of a person in general (despair.py).
_KIN_MORE_ZH = (r"舅舅|舅妈|姑姑|姑父|叔叔|婶婶|伯伯|大伯|二伯|伯父|伯母|姨妈|姨父|小姨|大姨|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹"
                r"|外甥|侄子|侄女|公公|婆婆|岳父|岳母|丈人|丈母娘")
RELATIVE_DIED_ZH = (rf"({KIN_ZH}|{_KIN_MORE_ZH}|家里(的)?老人|老人家)"
                    r"(已经|刚|刚刚|去年|前年|上个月|上周|今年|年初|年底|前几天|前段时间|[0-9一二三四五六七八九十]+月份?)?"
                    r"(因病|因为\S{1,6}|得了?\S{1,6}|患\S{1,6}|突发\S{1,4}|出车祸|车祸|意外|病)?(去世|过世|走了|病逝|病故|离世|死了|没了|身亡)")

# Gone from a trade, a scene or a platform (fa59, issue 12): "从房地产圈彻底消失了，改行做保险", "disappearing from the
# restaurant industry for good" tell a career change (scale.py's gone axis, acts.py's 彻底消失). What comes right
# before the words of vanishing names the place; the world, this life and everyone are never such a place.
TRADE_BEFORE_ZH = (r"(?<!圈)(?<!圈子)(?<!圈里)(?<!行业)(?<!行业里)(?<!这行)(?<!一行)(?<!业内)(?<!网上)(?<!平台上)"
                   r"(?<!圈彻底)(?<!圈永远)(?<!业彻底)(?<!业永远)(?<!行彻底)(?<!行永远)(?<!圈里彻底)(?<!网上彻底)")
TRADE_EN = (r"(the |that |this |my |our |their )?(\w+ )?(industry|scene|business|trade|field|profession|line of work|circuit"
            r"|social media|internet|platform|app|game|stage|market)\b")

# A collector naming a court's lawful step as what may come ("还说法院会强制执行，冻结我的银行卡"; fake_legal reads 说…冻结,
# 说…强制执行): the court is named with a may or a will, nothing is said to be done already or set for a day, no police or
# arrest. "短信说法院已经冻结了你的账户", "说明天就强制执行" stay fake_legal (the matched words and a few after them only).
_COURT_MAY = regex(r"法院\S{0,4}(会|可能|可以|有权|将|就会|才会|依法)|(起诉|判决|判了|胜诉)\S{0,8}(后|以后|之后)?\S{0,4}(会|可能|就会)")
_DONE_OR_SET = regex(r"已经|已|今天|明天|马上|立即|立刻|今晚|下午|上午|当天|公安|警察|逮捕|拘留|抓|坐牢|刑事|立案")
# (A visit announced "to verify" is no lawful step here: every calm reading of 派人 hid veiled threats; see the violence
# cue in collectors.py.)


# A court's notice told with what makes it checkable, and checked (abuse86, issue 12): a case number, a mediator of a
# pre-suit mediation, the court's own line or site, found true. A lawsuit is lawful: such a notice is a loan question,
# unless the same window has a sign of fakery (money to a person, a code to scan, the police, an arrest, a number not
# found, someone claiming to be the court).
_CHECKABLE = regex(r"案号|诉前调解|调解员|12368|法院(?:的)?(?:座机|官网|公开的?电话|网站)|(?:核实|查到|查询|确认)(?:了|过)?\S{0,6}(?:确实|是真的|属实|没问题)"
                   r"|\b(?:case number|court(?:s)? (?:own )?(?:website|hotline|landline)|(?:checked|verified|looked it up)\b.{0,30}\b(?:real|genuine|true))")
_FAKERY = regex(r"个人|私人|扫码|二维码|撤案费|保证金|安全账户|公安|警察|抓|拘留|逮捕|坐牢|假|伪造|不存在|空号|查不到|查无|没有案号|没案号|没有这个|没这个|根本没有|对不上|不对|冒充|自称|所谓"
                # money sent to a person or an account, a link or a code: no court takes payment so (mend81, review97)
                r"|转账|转到|转进|转给|打到|汇到|汇款|卡号|(?:指定|对方|他的|他提供的|一个)\S{0,4}(?:账户|账号|卡)|链接|密码|验证码|比特币"
                # Alipay or WeChat as where money goes, not as the app a loan is repaid in or a paper is sent by (review98)
                r"|(?:转|付|打|汇|收款|红包)\S{0,6}(?:支付宝|微信)|(?:支付宝|微信)\S{0,4}(?:转账|收款码|红包|付款码)"
                r"|\b(?:personal|qr|fake|forged|police|arrest\w*|jail|warrant|no case number|claim\w*|pretend\w*|so.called|doesnt exist|no such|no record|not found"
                r"|wire\w*|transfer\w* (?:the |my )?(?:money|funds|payment|it)|bank card|account number|link|password|pin|bitcoin|crypto\w*"
                r"|(?:to|into|via) (?:his|her|their|a|an|the|my|this) (?:\w+ )?(?:alipay|wechat)"
                r"|gift cards?|verification code)\b")


# A payment the notice rules out is no sign of fakery: "法院说不会让你转账", "不用转给任何人", "told me never to transfer money
# to anyone", "repay inside alipay, not to any personal account" (review98: four real notices got the abuse reply).
_RULED_OUT = regex(r"(?:不会|不要|别|不用|不必|绝不|从不|不需要|无需|千万别)\S{0,4}?(?:转账|转给|转到|汇款|打到|打钱|汇到)(?:给)?(?:任何|其他|别的)?(?:个人|私人|人)?(?:的)?(?:账户|账号|卡)?"
                   r"|\b(?:never|not|dont|do not|no need to)\b(?: \w+){0,2} (?:transfer|wire|send|pay)\w*(?: (?:money|funds|it))?"
                   r"(?: (?:to|into) (?:anyone|anybody|any (?:\w+ )?accounts?|a personal account))?"
                   r"|\bnot (?:to|into) (?:any|a) (?:personal |private )?accounts?\b", re.IGNORECASE)


def _fakery_told(text: str) -> bool:
    """Whether ``text`` shows a sign of a fake notice (see _FAKERY) once the payments it rules out are set aside."""
    return _FAKERY.search(_RULED_OUT.sub(" ", text)) is not None


def checked_notice(context: str, whole: str = "") -> bool:
    """Whether a message (``whole``; else the window with the clause before, ``context``) tells a court's notice with
    what makes it checkable and shows nothing fake: "法院发短信说已立案，给了案号让我查". A fake notice often quotes a case
    number first and asks for the money in a later clause ("…有案号，调解员说今天转账到他提供的卡号就能结案"), and a real one
    gives its case number in the clause after the notice, so both are read over the whole message (mend81, review97). abuse.abuse_cues drops only the fake_legal rule hit for it:
    it is no negation, so it never sets the learned reader aside."""
    return _CHECKABLE.search(whole or context) is not None and not _fakery_told(whole or context)


def lawful_step(name: str, text: str, match: re.Match[str], context: str = "") -> bool:
    """Whether an abuse cue's matched words are a lawful step named by a collector (see _COURT_MAY), or the
    writer's own labour arbitration (own_steps.py, fa59; ``context``: the window with the clause before):
    discounted.discounted's hook (safe40)."""
    if own_step(name, text, match, context or text):
        return True
    if name == "fake_legal":
        said = match.group(0)
        return bool(_COURT_MAY.search(said)) and not _DONE_OR_SET.search(text[match.start():match.end() + 6])
    return False


__all__ = ["CITY_EN", "CITY_GOODBYE_EN", "CITY_GOODBYE_ZH", "CITY_ZH", "RELATIVE_DIED_ZH", "TRADE_BEFORE_ZH", "TRADE_EN", "checked_notice", "lawful_step"]
