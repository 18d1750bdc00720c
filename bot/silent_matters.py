"""Wordings of matters the article is silent on, in the families truth3 found unread (#5, #7, #8):
life after a loan is repaid asked about (whether calls, visits or a suit can still follow), the
limitation period in plain words ("多少年不还就不用还了", "is there a time limit on how long they can
chase me", "after 5 years", "does the debt expire"), and being abroad in a named country ("我在美国",
"I'm in Australia"). bot.figures reads them as the condition kinds it says first are not covered;
bot.routing_wording sends a plain limitation question that read as another topic to the lawsuit one.
Pattern strings (not compiled here): each reader compiles them with its own flags."""

from __future__ import annotations

import re

from .patterns import regex

# The loan told as repaid, or asked about once repaid: 还清了/还完以后/已经还了/还款后, "I repaid",
# "after I pay it off", "once I've settled it". Not still owing (没还清, 还不完), not a condition to
# meet ("要还完才不会被起诉吗": no 了/后), not part of it (一部分, half: bot.conditions' "partial").
_REPAID_ZH = (r"(?<![没未不])(?<!没有)(?:还清|还完|结清|付清|还上|全部还|都还|全还|还款|还钱)(?:欠款|借款|欠的钱|借呗|花呗|网贷|贷款)?(?:了|以后|之后|后)(?!才)"
              r"|已经(?:全部|都)?还(?:清|完)?了|已(?:还清|结清|还完)")
_REPAID_EN = (r"\b(?:after|once|when|since) (?:i |we |i'?ve |we'?ve |i'?d )?(?:have |ve |had )?(?:fully )?(?:pay|paid|repay|repaid|settle|settled|clear|cleared)"
              r"(?: (?:it|them|everything|it all|the (?:loan|debt|balance)|jiebei|huabei|my (?:loan|debt|jiebei|huabei)))?(?: (?:off|back|in full))?\b"
              # "after repaying", "after paying it off" (cls20): not "when paying with…", a way to pay
              r"|\bafter (?:fully )?(?:repaying|settling|clearing|paying (?:it |them |everything |it all |the (?:loan|debt) )?(?:off|back|in full))\b"
              r"|\bi(?:'?ve)? (?:have |ve |already |just |fully )*(?:paid (?:it |them |everything |it all |the loan |the debt |jiebei |huabei |my loan )?"
              r"(?:off|back|in full)|repaid|settled|cleared)\b")
# ...and a step of collection asked about (a call, a visit, a suit, a charge still claimed): what the
# article describes only while a loan is late (a charge only as claimed: "…还了，是不是免收违约金" is
# billing, an early repayment's fee). Access, the limit or the record after repaying are
# after_repayment's own lead (its line would say the same twice).
_COLLECTION_STEP = (r"起诉|告我|法院|上门|来家|来我家|催收|催款|催债|催我|打电话|来电|联系我|联系家人|骚扰|说我(?:还)?欠|还欠"
                    r"|\b(?:sue|sued|suing|court|legal action|visit\w*|call\w*|phon\w*|contact\w*|chas\w*|collector\w*|collection|harass\w*"
                    r"|owe|owing|late fee)\b")
_ACCESS_OR_RECORD = (r"征信|芝麻|信用|额度|再借|恢复|记录|洗白|能用|开通"
                     r"|\b(?:credit|score|sesame|limit|borrow|record|restor\w*|reopen\w*|use it)\b")
REPAID = f"{_REPAID_ZH}|{_REPAID_EN}"
COLLECTION_STEP, ACCESS_OR_RECORD = regex(_COLLECTION_STEP, re.IGNORECASE), regex(_ACCESS_OR_RECORD, re.IGNORECASE)

# The limitation period said plainly: after some years the debt need not be paid or can no longer
# be sued on ("借呗多少年不还就不用还了", "过几年就不用还了吗", "欠款会过期吗", "Can they still sue me after
# 5 years?", "Is there a time limit on how long Jiebei can chase me?", "After how many years does the
# debt expire?"). Not a record's lifetime (记录保留几年: record_time), nor a repayment term ("the time limit
# to pay it back", "does my limit expire": billing).
# (years of a loan's term are no wait: 分期3年, 期限两年)
_YEARS = r"(?<!分期)(?<!期限)(?<!分)(?:多少|几|#|\d+|[一二两三四五六七八九十]+)(?:个)?年"
LIMITATION_PLAIN = (
    # (late for years, then whether they can still sue: "逾期两年了，欠款三千，现在还会起诉吗"; truth4 #8)
    rf"逾期(?:了)?{_YEARS}(?:多)?(?:了)?[^?？。!！]{{0,20}}?还(?:会|能|可以)(?:被)?(?:起诉|告)"
    r"|\b(?:late|overdue|behind|owed? (?:it|this|them)?)\b.{0,12}\b(?:for )?(?:#|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) years\b"
    r".{0,40}\bstill\b.{0,15}\b(?:sue|court|chase|collect)"
    rf"|{_YEARS}(?:以后|之后|后|不还|没还|了)*[，,]?\s*(?:就|还|都|也)?(?:不用(?:再)?还|不需要还|不会再催|不能(?:再)?(?:起诉|告)"
    r"|还能(?:被)?(?:起诉|告)|还会(?:被)?(?:起诉|告)|还(?:要|用|得)还(?!多少|几)|作废|失效|清零|一笔勾销|自动(?:消|没))"
    r"|(?:不还|拖|躲)(?:多久|几年|多少年)(?:就|才|会)?(?:不用还|作废|失效|一笔勾销|清零)"
    r"|(?:欠款|债务|借款|欠的钱|欠债|债)(?:会|能|会不会|能不能)?(?:过期|失效|作废)"
    r"|\btime limit\b.{0,40}\b(?:chas\w*|su(?:e|ing)|collect\w*|court|pursu\w*|come after|go after)"
    r"|\b(?:chas\w*|sue|suing|collect\w*|pursu\w*|come after|go after)\b.{0,30}\btime limit\b"
    r"|\bafter (?:how many|#|\d+|a few|several|many|some|one|two|three|four|five|six|seven|eight|nine|ten) years?\b"
    r".{0,40}\b(?:sue|court|chase|owe|pay|collect|expire\w*|go away|written off|write\w* off)"
    r"|\b(?:sue|chase|collect|owe|pay)\w*\b.{0,30}\bafter (?:#|\d+|a few|several|many|some|one|two|three|four|five|six|seven|eight|nine|ten) years?\b"
    r"|\b(?:debts?|loans?)\b (?:ever |eventually |just )?(?:expire|expires|expired|go away|goes away|get written off)\b"
    r"|\bexpir\w*\b.{0,20}\b(?:debts?|loans?)\b")

# Being abroad in a named country ("我在美国", "人在澳洲工作", "I'm in Australia", "I live in Canada"),
# beside bot.figures' 国外/海外/abroad. Only with a subject that lives there (我在/人在/住在…): "去日本旅游"
# is travel, a fear named as one.
_COUNTRIES_ZH = (r"美国|加拿大|澳洲|澳大利亚|新西兰|英国|日本|韩国|新加坡|德国|法国|意大利|西班牙|马来西亚|泰国|越南|菲律宾"
                 r"|迪拜|欧洲|印尼|柬埔寨|缅甸|俄罗斯|香港|澳门|台湾")  # (outside the mainland: truth4 #8)
_COUNTRIES_EN = (r"the us|the usa|usa|the united states|america|canada|australia|the uk|uk|england|britain|japan|korea|singapore"
                 r"|germany|france|new zealand|europe|malaysia|thailand|dubai|italy|spain|russia|hong kong|hk|macau|macao|taiwan")
# ...living, working or studying there, not a trip (review52 #5: "我在香港出差", "我在澳门赌输了", "我在香港
# 买了保险", "I'm in Hong Kong for a weekend trip" are a stay of days, or a thing done there).
TRIP_ZH = r"(?!\S{0,6}?(?:出差|旅游|旅行|玩|度假|赌|转机|开会|买|看病|探亲|周末|出游|游玩|逛|过境|签证))"
TRIP_EN = (r"(?!.{0,30}\b(?:trip|holiday|holidays|vacation|weekend|business|travel\w*|tour\w*|gambl\w*|casino|conference"
           r"|layover|transit|visiting|shopping|bought|buy\w*|for (?:a|two|three|few|some) (?:days?|nights?|weeks?))\b)")
ABROAD_NAMED = (rf"(?:人在|我在|现在在|身在|住在|定居(?:在)?|已经在|目前在|人已经在|我人在)\s*(?:{_COUNTRIES_ZH}){TRIP_ZH}"
                rf"|\b(?:i'?m|i am|living|live|now|currently|staying|working|work|moved|been|studying|study)\b.{{0,12}}\b(?:in|to) (?:{_COUNTRIES_EN})\b{TRIP_EN}")
ABROAD_NEEDS = "美加澳英日韩新德法欧泰马迪意西越菲印柬缅俄香台"  # (bot.figures' speed check: a character every match above holds)
# A general what-happens or what-to-do asked beside being abroad ("我人在国外，借呗逾期会怎样"): being
# abroad is then what the message asks about (truth3 #8); beside a credit or family question it is context.
ABROAD_GENERAL_ASK = regex(r"(?:会|该|要)?(?:怎样|怎么样|怎么办|咋办|咋样)|\bwhat (?:happens|will happen|would happen|should i do|do i do|can i do)\b"
                           r"|\bwhat (?:now|next)\b")
ABROAD_OTHER_MATTER = regex(r"征信|芝麻|信用|家人|父母|爸妈|家里|亲戚|朋友|单位|公司|\b(?:credit|score|sesame|parents?|family|relatives?|employer|boss)\b")
# Going back asked ("会不会影响我回国", "can I go back to China?"): the line names the return trip.
RETURN_ASKED = regex(r"回国|入境|\b(?:go(?:ing)? back|come back|coming back|return\w*)\b")

# Who collects (truth3 #9): a law firm or a company set against the lender ("打电话催我的是一家律师事务所，不是
# 支付宝", "a debt collection company, not Alipay"), or an agency as the other of two ("Alipay staff or an
# agency?"), beside bot.figures' 外包/第三方/催收公司/collection agency.
AGENCY_NOT_LENDER = (r"(?:律师事务所|律所|公司|机构)\S{0,3}[，,]?\s*(?:而)?不是(?:支付宝|蚂蚁|借呗|花呗|平台)"
                     r"|\b(?:debt )?collection compan(?:y|ies)\b|\bor (?:an? |the )?(?:outside |third[- ]party |collection |debt )?agenc(?:y|ies)\b")
# ...asked about: whether it is normal, lawful or to be believed with the lender set against it, or
# whether the lender sent them ("是支付宝委托的吗", "Is it normal that a debt collection company, not Alipay…").
LEGIT_ASKED = regex(r"正常吗|正常不|合法吗|合规吗|正规吗|能信吗|可信吗|能相信|靠谱吗|真的假的|真假|是真的吗|是不是真的"
                    r"|\b(?:legit\w*|normal|legal|allowed|real|genuine|trustworthy|trust|believe|official)\b", re.IGNORECASE)
LENDER_SET_OFF = regex(r"不是(?:支付宝|蚂蚁|借呗|花呗|平台)|自称|冒充|委托|\bnot (?:from )?(?:alipay|ant|jiebei|huabei|the lender)\b"
                       r"|\b(?:instead of|rather than|on behalf of|claim\w* to be|hired by|working for|work for)\b", re.IGNORECASE)
SENT_BY_LENDER = regex(r"(?:是|是不是)?(?:支付宝|蚂蚁|借呗|花呗|平台)(?:委托|派|授权|雇|请)(?:的|来的)(?:吗|么|嘛|吧)?"
                       r"|\b(?:sent|hired|authori[sz]ed) by (?:alipay|ant|jiebei|the lender)\b", re.IGNORECASE)

__all__ = ["TRIP_EN", "TRIP_ZH", "AGENCY_NOT_LENDER", "LEGIT_ASKED", "LENDER_SET_OFF", "SENT_BY_LENDER", "ABROAD_GENERAL_ASK", "ABROAD_NAMED", "ABROAD_NEEDS", "ABROAD_OTHER_MATTER", "ACCESS_OR_RECORD", "COLLECTION_STEP",
           "LIMITATION_PLAIN", "REPAID", "RETURN_ASKED"]
