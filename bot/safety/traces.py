"""A writer's crisis told by a farewell, a payout or a plan that only makes sense if they will be gone (safe68, issue
12; blind15's missed kinds). What each kind MEANS, from its parts, never from a sentence:

- **Traces erased as a farewell**: every photo, the album, the moments, the accounts deleted or closed ("照片都删了，
  微信也注销了", "deleted all my photos and closed my ig"), twice over or beside leaving nothing behind. Some old photos
  deleted to free space or an unused account closed is housekeeping: the totality is not there, and a phone's storage
  or a new phone named in the sentence is the reason (this cue only).
- **A last day thanked for**: "today is my last day" / "今天是最后一天" with no job, place, offer or due date named
  beside it, in a message that thanks or says goodbye.
- **A payout on one's own accident for the debt**: the writer's accident (if, when, 到时候) and insurance or a payout in a
  message that names the family and the debt ("如果我出了意外，赔的钱够家里还借呗吗").
- **A third person's death asked about, for oneself**: a question of a borrower's death and the family's debt, with the
  writer's mind made up ("asking for myself", "我已经想好了", "不想拖累"); deciding to pay a dead father's debt is not.
- **A plan tied to a family date**: after a birthday or the new year, going away or ending, with a last time told
  ("等过完我妈生日我就走 … 最后陪她过个生日"); going back to work after the new year names where.

Every cue is additive (``hides=False``): its everyday reading cancels THIS cue only.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_ZH, any_of
from .cue import Cue
from .intent import OWN_DEATH_EN, OWN_DEATH_ZH

# ---- traces erased -----------------------------------------------------------------------------------------------
_TRACES_ZH = r"照片|相片|相册|朋友圈|微信|微博|账号|帐号|聊天记录|日记|抖音|qq|空间|合照"
_ERASE_ZH = r"删|删除|删掉|删光|清空|清理|注销|烧|烧掉"
_ERASED_ZH = (rf"(?:{_TRACES_ZH})\S{{0,6}}(?:都|全|全部|统统|一张不留地?|一个不留地?)(?:被我|给我|让我)?(?:{_ERASE_ZH})"
              rf"|(?:所有|全部)(?:的)?\S{{0,4}}(?:{_TRACES_ZH})\S{{0,6}}(?:{_ERASE_ZH})|(?:{_TRACES_ZH})\S{{0,3}}(?:也|都)?清空"
              rf"|(?:微信|微博|qq|抖音|支付宝)(?:号|账号)?(?:也|都)?注销|(?:{_ERASE_ZH})(?:了)?(?:所有|全部)(?:的)?\S{{0,4}}(?:{_TRACES_ZH})")
_ERASED_EN = (r"\b(?:deleted|deleting|delete|wiped|wiping|cleared|clearing|erased|erasing|closed|closing|deactivated|deactivating|removed|burnt|burned)"
              r" (?:all|every|everything|all of)(?: of)? (?:my )?(?:photos|pictures|pics|accounts|messages|chats|socials|posts|social media)"
              r"|\b(?:deleted|closed|deactivated|wiped) (?:my )?(?:facebook|ig|instagram|fb|socials|social media|tiktok|twitter|whatsapp|wechat)")
_LEAVE = (r"不想(?:给\S{0,6})?留下|不留(?:下)?(?:任何|什么|一点)|什么都不(?:想)?留|就这样吧|最后一天|没什么(?:可)?留恋|别(?:再)?(?:找|想|记得)我"
          r"|(?:dont|do not) want anything left|nothing left behind|leave nothing|no trace|last day|goodbye|farewell|for the last time")
_ERASED = rf"(?:{_ERASED_ZH}|{_ERASED_EN})"
# (a phone's housekeeping, in the sentence: "内存满了把照片都删了，聊天记录也清空了")
# ...and a break-up or a fresh start told in the sentence ("跟前任分手了 照片全删了 … 重新开始", "social media detox"):
# the ex's photos go, not the writer (mend75 after review88)
_HOUSEKEEPING = regex(r"内存|空间不够|存储|卡顿|太卡|换手机|新手机|换了手机|备份|云盘|腾地方|storage|space|backup|new phone|back(?:ed)? up"
                      r"|分手|前任|前男友|前女友|离婚|重新开始|新的开始|断舍离|戒网|detox|break ?up|broke up|my ex\b|fresh start|start(?:ing)? over|new start"
                      r"|换个号|换号|新号|重新生活|电脑|卖掉|卖了|二手|laptop|computer|selling|sold|sell it")

# ---- a last day thanked for --------------------------------------------------------------------------------------
_LAST_DAY = (r"(?:今天|明天|今晚|今日|听日|这)(?:就)?(?:是|系)(?:我的?)?最后一(?:天|日)(?:了)?"
             r"|\b(?:today|tonight|tomorrow|tmr|tmrw|tomolo)(?: is| will be| is gonna be|s)? (?:my|the) (?:very )?last day\b(?! (?:at|of|in|on|with|for|to|before|working|here at))")
# A farewell (goodbye, 永别, 对不起, 不会再…), not thanks alone: "今天是最后一天了 谢谢 我马上还" thanks for a reminder (review88: 7 false
# crisis replies from 谢谢/thank alone; mend75).
_THANKS = regex(r"永别|别了|对不起|不会再|再也不会|再也见不到|再也不见|照顾好自己|照顾好我|下辈子|来世|原谅我"
                r"|再见了(?!\S{0,2}(?:下|明|后|开学))|goodbye(?! for now| till| until| see)|farewell|sorry|forgive me|wont (?:be (?:here|around)|see (?:you|me))|never see|for the last time|take care of (?:my|yourself|mum|mom|dad|them)")
# What the last day is of, in the window: a job, a school, an offer, a due date.
_LAST_OF = regex(r"上班|工作|公司|单位|学校|实习|假期|旅行|出差|入职|离职|合同|活动|促销|还款|优惠|报名|截止|期限|逾期|宽限|免息|考试|培训|军训"
                 r"|住院|年假|试用期|放假|营业|开业|打折|还钱|还上|马上还|提醒|交钱|缴费|下学期|开学|新年|sale|promo|deadline|due|grace|offer|job|work|school|office|internship|trip|holiday|leave"
                 r"|pay|repay|payment|semester|term|chapter")

# ---- a payout on one's own accident ------------------------------------------------------------------------------
# (a plan or a supposition: "我出了车祸住院 保险还在理赔" is a past accident with a claim; mend75 after review88)
_MY_ACCIDENT = (r"(?:我|自己)(?:要是|如果|假如|万一|到时候|哪天|等)(?:出|发生|遇到|来)(?:个|了|场|一场|点)?(?:意外|车祸|事故)"
                r"|(?:我|自己)(?:想|打算|准备|要|就)?(?:制造|安排|弄)(?:个|一场|场|一起|起)?(?:意外|车祸|事故)"
                r"|(?:如果|要是|假如|万一|到时候)(?:我)?(?:出|发生)(?:个|了|场)?(?:意外|车祸|事故)"
                r"|\b(?:plan\w*|arrang\w*|stag\w*|fak\w*|caus\w*) (?:for |to have |to cause )?(?:an? |my own )?(?:accident|crash)\b"
                r"|\b(?:if|once) i (?:have|had|get|got|meet with|die in|am in|were in|was in|get into) (?:an? )?(?:accident|crash|car accident)"
                r"|\bwhen i (?:have|get|meet with|die in|get into) (?:an? )?(?:accident|crash|car accident)")
_PAYOUT_FAMILY_DEBT = regex(r"^(?=.*(?:赔|理赔|保险|保额|受益人|insurance|payout|policy|insured))"
                            rf"(?=.*(?:{KIN_ZH}|家里|家属|受益人|family|wife|husband|kids|children|parents|mum|mom|dad))"
                            r"(?=.*(?:还|债|借呗|欠|debt|loan|jiebei|repay|pay off|clear))")

# ---- a third person's death asked about, for oneself -------------------------------------------------------------
_MIND_MADE = (r"(?:已经)?想好了(?=\s|$|了|吧)|我意已决|下定决心了(?=\s|$)|不想(?:再)?(?:拖累|连累)|决定了(?=\s|$)"
              r"|\basking for (?:myself|me)\b|\b(?:made up my mind|my mind is made up|ive decided|i have decided|already decided)\b"
              r"(?! to\b| (?:we|i|to|that we|that i|he|she|they) (?:will|should|would|shall|can|must)\b)")
# The writer's own or a made-up person's death (intent.OWN_DEATH_*): a father's real death and a decision to pay is
# not this (the docstring; review88: 5 false crisis replies; mend75).
_DEATH_DEBT = regex(rf"(?:{OWN_DEATH_ZH}).{{0,20}}(?:家里|家属|家人|父母|爸妈|老婆|孩子|子女|继承)"
                    rf"|(?:{OWN_DEATH_EN}).{{0,50}}\b(?:pay|repay|owe|inherit|debt|liable|responsible)")

# ---- a plan tied to a family date --------------------------------------------------------------------------------
_DATE_ZH = (r"(?:过完|等过完|过了|等|熬过|陪\S{0,4}过完)(?:我)?(?:妈|爸|母亲|父亲|奶奶|爷爷|外婆|外公|孩子|女儿|儿子|老婆|老公|家里人)?"
            r"\S{0,4}(?:生日|年|春节|中秋|端午|元宵|婚礼|大寿|寿|满月|结婚|清明)(?:之?后|以后)?")  # (not 高考/毕业: an exam's end is relief)
_GONE_ZH = r"(?:我)?(?:就|再)(?:离开这个世界|结束(?:这一切|自己|生命)|了断|解脱|不在了|去死)"
# (going somewhere: "过完年我就走，回深圳上班")
_GO_ZH = r"(?:我)?就走(?:了)?(?!\s?\S{0,4}(?:回|去|到|上班|打工|出差|上学|返|照顾|陪))(?=\s|$|了|吧)"
_LAST_TIME = regex(r"最后(?:一次|一面|一顿|陪|见|看|过|吃|一个)|最后的(?:生日|团圆|年)|\bone last time\b|\bfor the last time\b")

TRACES = (
    Cue("farewell", regex(_ERASED), requires=regex(rf"{_ERASED}.*(?:{_ERASED}|{_LEAVE})|(?:{_LEAVE}).*{_ERASED}"),
        unless=_HOUSEKEEPING, unless_nearby=True, reach=True, hides=False),
    Cue("farewell", regex(_LAST_DAY), requires=_THANKS, near=_LAST_OF, negatable=True, hides=False),
    Cue("plan", regex(_MY_ACCIDENT), requires=_PAYOUT_FAMILY_DEBT, negatable=True, hides=False),
    Cue("plan", regex(_MIND_MADE), requires=_DEATH_DEBT, hides=False),
    Cue("plan", any_of(rf"{_DATE_ZH}\S{{0,4}}{_GONE_ZH}"), negatable=True, hides=False),
    Cue("plan", any_of(rf"{_DATE_ZH}\S{{0,4}}{_GO_ZH}"), requires=_LAST_TIME, negatable=True, hides=False),
)

__all__ = ["TRACES"]
