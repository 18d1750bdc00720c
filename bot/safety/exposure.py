"""Shaming by publishing and contact blasting (safe38), as cue tables read by abuse.py through collectors.py.

- **Published** (cue "published"): the borrower's details (photo, ID number, full name, phone, address, employer)
  put where others see them (a website or page of debtors, a notice, a noticeboard, a market, a poster) or a notice
  about the debt sent to the employer (HR, the whole company or department) — told without the word "shaming".
  Only about the debt (``about_debt``): a poster against fraud on the village board, an HR email about leave, the
  borrower's own screenshot posted to the family group are no one's shaming.
- **Blasting** (cue "blasting"): the borrower's contacts called one after another or all of them, many people
  called within days, or relatives called while the borrower keeps an agreed plan. Harassment of third parties:
  one polite call to one emergency contact stays collectors.py's "contact" (which needs aggravation) and the
  contact_family question.

Whether a match is told (not asked, heard, negated) is abuse.py's judgement, as for every cue.
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import KIN_ZH, any_of
from .coercion import everyday

# The borrower's details, as they would be shown.
_DETAILS_ZH = r"(我的?|有我|写着我|印着我|附了?我的?)\S{0,3}(大头照|照片|相片|身份证(号码?)?|名字|全名|姓名|手机号(码)?|电话号码|家庭住址|住址|工作单位|单位名称|工号|借条|借款合同|欠款金额)"
# Where others see them (not a page of the borrower's own app, not a court's lawful list: 失信被执行人 is 法院's).
_PUBLIC_ZH = (r"网站|网页|曝光\S{0,6}页面|专门\S{0,8}页面|曝光台|曝光平台|曝光|公示|老赖名单|欠款人名单|黑榜|公告栏|宣传栏|布告栏|电线杆|菜市场|村口|镇上|街上|路口"
              r"|超市门口|小区门口|张纸|纸条|单子|告示|告知书|启事|海报|传单|公众号|文章|帖子|短视频")
_DEBT_ZH = r"欠|不还|失信|老赖|赖账|还钱|借款|借条|债|逾期|催收"
_RECIPIENTS_ZH = r"亲戚|亲人|亲友|朋友|同事|同学|联系人|家人|家里人|好友|熟人|认识的人|人"
_CALL_ZH = r"(电话|短信|消息|信息|催收|催款)"
_SENT_TO_WORK_ZH = r"(人事|hr|领导|老板|经理|主管|公司|单位|厂|部门|全员群|公司群|工作群)"

_DETAILS_EN = (r"\bmy (full |real )?(name|photo|picture|face|id( number| card)?|phone number|mobile number|home address|address|employer|workplace|payslip)\b"
               r"|\bname and (photo|picture|face|id)\b")
_PUBLIC_EN = (r"\b(website|web ?page|site|notices?|posters?|flyers?|noticeboard|notice board|market|lamp ?posts?|walls?|(public|debtors?|shame|shaming|blacklist)\w* (list|page|board)"
              r"|list of (debtors|people)|page (listing|of|for|that lists|naming))\b")
_WORK_EN = r"(hr|human resources|hr department|department|employer|company|office|boss|manager|staff|team|colleagues|coworkers|work|workplace)"
_NOT_OWN_EN = (r"(?<!\bi )(?<!\bwe )(?<!\bhr )(?<!\bboss )(?<!\bmanager )(?<!\bcompany )(?<!\bschool )(?<!\bteacher )(?<!\bbank )(?<!\bjiebei )"
               r"(?<!\balipay )(?<!\bit )")

CUES_ZH = (
    ("published", any_of(
        rf"({_PUBLIC_ZH}).{{0,24}}(上)?(有|挂着?|放着?|列着?|写着|登着?|印着|出现了?|上了)\S{{0,2}}{_DETAILS_ZH}",
        rf"(出现|贴|挂|印|登|放|列|公布|公开|曝光)(了|着|在|到|出)?.{{0,16}}({_PUBLIC_ZH}).{{0,20}}{_DETAILS_ZH}",
        rf"{_DETAILS_ZH}.{{0,16}}(被)?(放|挂|贴|印|登|列|发|传|公布|公开)(到|在|上|进|出)(了)?.{{0,12}}({_PUBLIC_ZH})",
        # the medium named a clause before ("出现了好几张纸，上面有我的大头照"), not a contract's or an ID card's own face
        r"(?<!身份证)(?<!合同)(?<!借条)(?<!协议)(?<!证件)(?<!证书)(?<!账单)(上面|上头|里面)(有|印着|写着|贴着|还有)\S{0,2}(我的?)(大头照|照片|相片|身份证(号码?)?)",
        # a notice about the debt received at work ("我们厂的人事部今天收到一份邮件，是关于我欠款的通知")
        rf"{_SENT_TO_WORK_ZH}\S{{0,4}}(今天|昨天|前天|都)?(收到|接到)(了)?\S{{0,4}}(邮件|信|函|通知|告知书|传真|快递|材料)")),
    ("blasting", any_of(
        r"(打了?个?遍|全打了?(一)?遍|挨个(打|联系|发)|一个(一个|接一个)(地)?(给|\S{0,8}(打|联系|发))|从头打到尾|轮番(打|轰炸))",
        rf"(通讯录|联系人|手机里的人|认识的人|亲戚|亲友|亲人)\S{{0,6}}(几乎|差不多)?(全|都|统统|全部)(都)?((接到|收到)(了)?\S{{0,6}}{_CALL_ZH}|被(打|联系|催))",
        rf"([二三四五六七八九]十|十几|几十|好几十|二三十|[1-9][0-9])多?个\S{{0,10}}({_RECIPIENTS_ZH})\S{{0,6}}(都|也)?((接到|收到)(了)?\S{{0,6}}{_CALL_ZH}|被(打|联系|催))",
        rf"给\S{{0,8}}(好几个|十几个|几十个|所有的?|全部的?|每一个|每个|一堆|很多|好多)\S{{0,4}}({_RECIPIENTS_ZH}|{KIN_ZH})\S{{0,4}}(都|们)?\S{{0,4}}(打|发)",
        # sent to all of them, the verb first ("说要把我欠钱的事发给我所有联系人"; mend48)
        rf"(群发|发送|转发|发|通知|告诉)(给|到)?(了)?(我的?)?(所有的?|全部的?|每一个|每个)\S{{0,4}}({_RECIPIENTS_ZH})",
        # while the agreed plan is kept ("我明明在按协商的方案还，他们还给我家里亲戚打电话")
        rf"(按|按照|照着|在按|一直按|都按)\S{{0,6}}(计划|方案|协议|约定|分期)\S{{0,6}}(还|在还|还款).{{0,24}}(还是|照样|仍然|依然|还在|却|可)\S{{0,12}}"
        rf"(给|打给|打到|联系|找)\S{{0,8}}({_RECIPIENTS_ZH}|{KIN_ZH}|单位|公司)")),
)

CUES_EN = (
    ("published", any_of(
        rf"{_PUBLIC_EN}.{{0,50}}\b(has|have|had|with|shows?|showing|listing|lists|listed|named|naming|put up|appeared)\b.{{0,20}}({_DETAILS_EN})",
        rf"({_DETAILS_EN}).{{0,40}}\b(appeared|appear|appears|is|are|was|were|went|been put|been posted|ended up|showed up|shows up|now)\b.{{0,30}}{_PUBLIC_EN}",
        rf"{_NOT_OWN_EN}\b(sent|emailed|mailed|forwarded|posted|faxed)\b.{{0,40}}\b(to|in) (the |my |our |a )?(\w+ )?{_WORK_EN}\b",
        rf"\b{_WORK_EN} (got|received|was sent|were sent) (a |an )?(letter|email|notice|fax|document)")),
    ("blasting", any_of(
        r"\b(every|almost every|nearly every|each) (single )?(number|contact|person|name) (in|on|from) my (phone|contacts|contact list|phonebook|address book)\b",
        r"(?<!\bi )(?<!\bwe )\b(called|rung|rang|phoned|texted|messaged|contacted) (almost |nearly |literally |practically )?(everyone|everybody|every (single )?(number|contact|person))\b",
        # all of them named ("said they would text all my contacts"; mend48, as 给我所有联系人发短信)
        r"\b(call|calls|calling|called|text|texts|texting|texted|message|messages|messaging|messaged|contact|contacting|contacted|email|emailing|emailed)"
        r" (all|every one of|each of) my (contacts|friends|relatives|colleagues|coworkers|family members)\b",
        r"\b([2-9][0-9]|dozens|twenty|thirty|forty|fifteen|a dozen|more than (ten|a dozen)|over (ten|a dozen)) (of )?(people|relatives|friends|contacts|colleagues|family members)"
        r"( (i know|of mine|in my phone))? (have |had |all )?(got|gotten|received|been getting|been called|were called)\b",
        r"\b(one after (another|the other)|one by one)\b.{0,30}\b(call|phon|text|messag|contact|ring)\w*|\b(call|phon|text|messag|contact|ring)\w*\b.{0,50}\b(one after (another|the other)|one by one)\b",
        r"\b(on|keeping (to )?|sticking to|paying|kept|keep) (a |the |my |our )?(agreed |payment |repayment |instal\w* )*(plan|agreement|schedule)\b.{0,60}"
        r"\b(still|yet|anyway|even so)\b.{0,30}\b(call|phon|text|messag|contact|ring)\w*")),
)

_DEBT = regex(rf"{_DEBT_ZH}|\b(debts?|debtors?|owe|owed|owes|owing|default\w*|overdue|deadbeat|arrears|unpaid|dont pay|do not pay|pay back|repay\w*|loans?|collect\w*)\b")
# A court's lawful list or the credit record (失信被执行人 is published by courts; a credit report shows the name).
_LAWFUL_LIST = regex(r"法院|被执行人|执行局|征信|人行|人民银行|\b(court|judg(e)?ment|credit (report|record|bureau|file|reference))")
# Who did it: blasting is a collector's act, not the writer calling round for a loan ("我挨个给朋友打电话借钱").
_COLLECTOR = regex(r"催收|催款|催债|他们|对方|那边|平台|外包|第三方|陌生\S{0,2}(号码|电话)|\b(collectors?|collection|agents?|agency|they|them|lenders?|someone|callers?)\b"
                   r"|\b(calls?|messages?|texts?) about (my|the) (loan|debt|jiebei|overdue|account)")
_WRITER_ACTS = regex(r"我(自己|就|只好|只能|又|也|还|都|得|要|想|去|先|已经|一直|每天)?(把\S{0,10})?$|\b(i|we) (\w+ ){0,2}$")


# Someone else's story told in the window ("我表弟说他同学逾期以后催收给所有联系人发短信了"); not the writer's debt told
# to them ("告诉我所有同事我欠钱": no 我 between, mend48).
_THEIRS = regex(r"(他|她)(们)?的?(同学|朋友|同事|邻居|亲戚|表弟|表哥|表姐|表妹|哥|姐|弟|妹|室友)|(同学|朋友|同事|邻居|亲戚|室友)[^\s我]{0,4}(逾期|欠|借了)"
                r"|\b(his|her|their) (friend|colleague|coworker|neighbou?r|cousin|brother|sister|roommate|classmate)s?\b")
_ACTION_FIRST = frozenset("给挨一打全从轮按照在一都群发转通告")


def unmet(name: str, text: str, start: int, context: str) -> bool:
    """Whether a cue of this module lacks what it needs in its window: published, the debt named and no court's list
    or credit record; blasting, a collector named and no writer calling round. Other cues: False."""
    if name in ("published", "blasting") and _THEIRS.search(context):
        return True
    if name == "published":
        return _DEBT.search(context) is None or _LAWFUL_LIST.search(context) is not None
    if name == "blasting":
        # (the writer only as the one acting: "我给好几个朋友打电话借钱", not "我认识的人里有三十多个都接到了")
        acts = text[start:start + 1] in _ACTION_FIRST or text[start:start + 1].isascii()
        return _COLLECTOR.search(context) is None or (acts and _WRITER_ACTS.search(text[max(0, start - 40):start]) is not None)
    return False


def set_apart(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether a cue match is set apart by this round's readings (discounted.discounted's hook): ``unmet`` here, or an
    everyday reading of the matched words (coercion.everyday)."""
    return unmet(name, text, match.start(), context) or everyday(name, text, match)
