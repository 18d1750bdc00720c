"""The words of each fear bot.concerns reads (moved out of it unchanged, split90): for every fear id, a pattern
for Chinese and one for English, as plain strings; bot.concerns compiles them, finds the earliest and keeps a
match only where it is a fear (asked about or worried over), not a reason ("发工资再还") or the account's own
business.

They look for the fear as a consequence ("扣工资", "tell my boss"), not for the same words used as a reason
("发工资再还", "I lost my job"), and run on simplified, lower-cased text (``text.simplified``).
"""

from __future__ import annotations

_KIN = r"(?:孩子|小孩|子女|儿子|女儿|娃|下一代|后代)"
_FAMILY = (r"(?:家人|家里人|家里|父母|爸妈|爸爸|妈妈|老婆|媳妇|老公|老伴|妻子|丈夫|前妻|前夫|爱人|配偶|对象|孩子|子女|儿子|女儿|亲戚|"
           r"兄弟|姐妹|紧急联系人|担保人)")
_EN_FAMILY = (r"(?:family|wife|husband|spouse|partner|parents?|mum|mom|dad|father|mother|kids?|children|son|"
              r"daughter|relatives?|emergency contact|guarantor)")
_ASKS = r"(?:影响|受|能不能|会不会|可不可以|还能|有没有|有事|吗|么|嘛|不了)"

# (id, zh pattern, en pattern); the earliest match in the message wins, ties in this order.
PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("school_or_vetting",
     rf"(?:影响|连累|耽误|牵连|拖累)(?:到)?(?:我的?|家里)?{_KIN}"
     rf"|{_KIN}.{{0,8}}(?:政审|考公|考编|当兵|参军|前途|上学|读书|入学|升学|考大学|学校)[^，,。]{{0,6}}{_ASKS}"
     rf"|(?:去|到|来|闹到)(?:{_KIN}的?)?学校(?:找|堵|闹)(?:我的?)?{_KIN}"  # "催收会去学校找我孩子吗" (review26)
     r"|政审|考公|考编|公务员|事业编|参军|当兵|入伍",
     r"\b(?:civil[- ]service|government jobs?|background checks?|vetting|security clearance|join the (?:army|military))\b"
     r"|\b(?:kids?|child|children|son|daughter)'?s?\b.{0,25}\b(?:school\w*|universit\w*|college|future|education|exams?)\b"
     r"|\b(?:kids?|child|children|son|daughter)\b.{0,15}\b(?:affected|hurt|harmed|suffer\w*)\b"
     r"|\b(?:affect|hurt|harm|ruin)\w*\b.{0,10}\b(?:my )?(?:kids?|children|son|daughter)\b"),
    ("travel_ban",
     r"限高|限制高消费|限制消费|限制出行|出行受限|禁止出境|限制出境|限制(?:我)?(?:坐|乘|买|出国|出境|高铁|飞机|火车)"
     r"|(?<!不)能(?:坐|乘|买)(?:飞机|高铁|动车|火车|机票|火车票|高铁票)\s*(?:吗|么|嘛)"
     r"|(?:能不能|会不会|还能|可以|不让|禁止|不能|没法)(?:坐|乘|买)?(?:出国|出境|坐飞机|飞机|高铁|动车|火车|机票|火车票|高铁票|出行|旅游)"
     r"|(?:出国|出境|坐飞机|飞机|高铁|动车|火车|机票|火车票|高铁票|出行)(?:票)?.{0,4}(?:受限|限制|受影响|影响|不了|禁止)"
     r"|(?:机票|火车票|高铁票|高铁|飞机|火车|动车)还(?:能|可以)(?:买|坐|乘)|影响(?:到)?(?:我的?)?(?:坐|乘|买|办)?(?:出国|出境|坐飞机|飞机|高铁|动车|火车|机票|火车票|高铁票|出行|旅游|签证|护照)"
     r"|(?:签证|护照).{0,6}(?:受影响|影响|办不了|办不下来|被拒|拒签|不给)|拒签"
     r"|(?:机场|安检|海关|边检|登机)\S{0,6}?(?:被)?(?:拦|扣下|扣住|不让|拒绝登机)",
     r"\b(?:visa|passport)s?\b.{0,20}\b(?:affect\w*|refus\w*|denied|reject\w*|problem|trouble|issue)|\b(?:affect\w*|hurt|ruin|stop)\w*\b.{0,12}\b(?:my )?(?:visa|passport)\b"
     r"|\b(?:travel ban|no-fly|ban(?:ned)? (?:me |us )?from (?:fly\w*|flights?|planes?|(?:high[- ]speed |bullet )?trains?|travel\w*|leaving|going abroad|the country)\b|(?:can|could|allowed to|able to|stop(?:ped)? (?:me )?from|still)\b.{0,20}"
     r"\b(?:fly|flying|planes?|flights?|high[- ]speed|bullet trains?|trains?|travel\w*|leave the country|go abroad|passport"
     r"|leav\w* (?:china|the country))\b)"
     r"|\b(?:airport|border|customs)\b.{0,20}\bstop (?:me|us)\b|\bleav\w* (?:china|the country)\b.{0,40}\bstop (?:me|us)\b|\bstop (?:me|us)\b.{0,20}\b(?:at the )?(?:airport|border|customs)\b"),
    ("frozen_account",
     r"(?:银行卡|储蓄卡|工资卡|存款|账户|账号|余额|微信|支付宝(?:账户|账号)?|卡里的钱)(?:会|被|也)?.{0,5}"
     r"(?:冻结|冻住|查封|(?:会|要)(?:不会)?被?封(?:号|掉)?|(?:会|要|能)被?(?:划扣|扣光|划走|扣走)|(?:会|要)(?:不会)?被扣(?:掉|钱|款)?(?!分|除))"
     r"|(?:冻结|冻住|查封|划扣)(?:我的?)?(?:银行卡|储蓄卡|工资卡|存款|账户|账号|余额|微信|支付宝)"
     # (…余额会被扣吗: truth4 #4, declined) money taken straight from an account ("他们可以直接从我余额宝扣钱吗"; truth1 #2)
     r"|从(?:我的?)?(?:余额宝|余额|零钱|银行卡|储蓄卡|存款|账户|卡里|卡上|微信|支付宝)(?:里|上)?(?:直接)?(?:扣|划)(?:钱|走)",
     r"\b(?:freez\w*|frozen|seiz\w*|empt\w*|garnish\w*)\b.{0,20}\b(?:bank|account|savings|alipay|wechat|card)"
     r"|\b(?:bank|account|savings|alipay|wechat|card)\w*\b.{0,20}\b(?:freez\w*|frozen|seized|blocked)"
     r"|\b(?:take|deduct|seize|grab)\w*\b.{0,6}\b(?:money|funds|savings)\b(?!.{0,12}\b(?:wages?|salary|pay(?:check)?)\b)"),
    ("property",
     r"(?:房子|房产|车子|车辆|我的车|财产|家产|资产)(?:会|被|也)?.{0,4}(?:查封|拍卖|收走|没收|扣押|执行|抵债|拖走)"
     # (执行 alone only as enforcement: 法院执行我的房子, not 我在执行车贷计划, "carrying out a plan")
     r"|(?:查封|拍卖|没收|扣押|收走|强制执行|(?:法院|被|会|要|去|来)执行)(?:我的?|家里的?)?(?:房|车|财产)",
     r"\b(?:take|seize|repossess|auction|lose)\w*\b.{0,15}\b(?:house|home|flat|apartment|car|property|belongings)\b"),
    ("wages_employer",
     r"扣(?:我的?)?工资|(?:强制执行|执行|冻结|划扣|划走)(?:我的?)?工资(?!卡)|(?:从|在)(?:我的?)?工资(?:卡)?(?:里|中|上)?(?:扣|划|拿)|工资(?!卡).{0,3}(?:被扣|扣掉|冻结)|(?:去|到|来|找|打到|打给|打电话给|打电话到|联系|通知|告诉|找到|闹到)(?:我的?|我们)?"
     r"(?:单位|公司|领导|老板|上司|同事|人事)|(?:单位|公司|领导|老板|上司|同事)(?:会)?(?:知道|发现)|被(?:公司|单位|老板|领导)?(?:开除|辞退)|开除我|辞退我|"
     r"(?<!我)打(?:我的?|我们)?(?:单位|公司|领导|老板|上司|人事)(?:的)?电话|"
     # a follow-up naming only someone at work: "那我老板呢" after "会联系家人吗" (not 那单位呢: after
     # a home-visit question that asks about a visit, which the home-visit answer covers)
     r"^\W*(?:那|那么|还有)?(?:我的?)?(?:老板|领导|上司|同事|人事)(?:那边)?(?:呢|也会吗|会吗)\W*$|"
     r"(?:会|要)丢(?:掉)?工作|丢掉工作|影响(?:我的?)?工作|工作(?:会)?(?:保不住|不保)",
     r"\b(?:wages?|salary|paycheck|pay ?check)\b.{0,20}\b(?:dock\w*|deduct\w*|garnish\w*|taken|cut)\b"
     r"|\b(?:dock|deduct|garnish)\w*\b.{0,15}\b(?:wages?|salary|pay)\b"
     r"|\b(?:take|seize|grab)\w*\b.{0,20}\bfrom (?:my )?(?:wages?|salary|pay(?:check)?)\b"
     r"|\b(?:tell|call|contact|inform|ring|visit|email)\w*\b.{0,12}\b(?:boss|employer|work|workplace|office|company|colleagues?|hr)\b"
     # a visit to the workplace ("will collectors show up at my office?"), not the borrower going there
     r"|\b(?:come|came|coming|show\w* up|turn\w* up)\b.{0,8}\bmy (?:office|work|workplace|company|job)\b"
     r"|\b(?:they|collectors?|someone|anyone)\b.{0,10}\bgo\w* to my (?:office|work|workplace|company|job)\b"
     r"|^\W*(?:and|what about|how about)\s+(?:my\s+)?(?:boss|employer|colleagues?|hr)\W*$"
     r"|\b(?:get|be|being) fired\b|\blose my job\b|\b(?:boss|employer|colleagues?) (?:will |would |might )?(?:find out|know)"),
    ("jail",
     r"坐牢|监狱|判刑|恶意透支|判\S{0,2}[一二两三四五六七八九十几\d]+年|拘留|被抓|抓我|抓去|抓人|(?:警察|公安).{0,4}抓|刑事|犯罪|诈骗|案底|立案|拘役|劳改|蹲号子|自首|投案",
     r"\b(?:jail|prison|arrest\w*|criminal|crime|locked up|fraud charges?)\b"),
    ("blacklist",
     r"黑名单|黑户|老赖|被执行人|强制执行(?!(?:我的?|家里的?)?(?:房|车|财产|存款|工资))|被拉黑|失信被执行|失信人|失信名单|(?:算|成|成为|列为|列入|变成)失信",
     r"\b(?:black ?list\w*|dishonest (?:debtor|person)s?|defaulters? list|laolai|public list|list of (?:debtors|defaulters))\b"),
    ("family_liability",
     rf"{_FAMILY}.{{0,6}}(?:替|帮|代)(?:我)?(?:还|偿还|承担|背)(?!不|了|过)"
     rf"|{_FAMILY}(?:要|会|得|需要|必须|用不用|要不要|会不会|是不是)(?:替我|帮我|代我)?(?:还钱|还债|还款|偿还|承担|背债|负责|连带)"
     rf"|(?:让|叫|找|要)(?:我的?)?{_FAMILY}(?:来|去)?(?:替我|帮我|代我)?(?:还|偿还|承担|背)(?!不|了|过)"
     # paying for him or her: "我需要替她还吗" (ans9: 老婆瞒着我借了借呗), "前妻的借呗逾期跟我有关系吗"
     r"|我(?:要|得|需要|用不用|要不要|该不该|必须|是不是要)(?:替|帮)(?:他|她)(?:还|偿还|承担|背)(?!不|了|过|清|完|多少|钱)"
     rf"|{_FAMILY}的?(?:借呗|花呗|网贷|贷款|欠款|债)[^，,。]{{0,8}}(?:跟|和|与)我有(?:没有)?关系"
     rf"|(?:去世|过世|死亡|身故|走了|死了(?!心))[^？?]{{0,20}}(?:谁来?还|谁(?:来)?(?:承担|负责)|(?:我们|家里|家人|家属|子女)?(?:要|得|需要|用不用|要不要|还要)(?:我们)?还|怎么处理|转给|由谁)|父债子还|连带责任|共同债务|夫妻共同|{_FAMILY}.{{0,4}}(?:的)?(?:征信|受牵连|被牵连)"
     # a relative's debt, then whether the writer must pay it, across a comma ("我老公欠的借呗，我作为妻子要还吗",
     # "老婆借的网贷 离婚了我还要还吗"); a duty named ("我老公有没有义务还"); harm to them (害我老婆丢工作)
     rf"|{_FAMILY}(?:借|欠)的(?:借呗|花呗|网贷|贷款|钱|债)[^？?]{{0,12}}我(?:作为\S{{1,4}}?)?(?:还)?(?:要|得|需要|用不用|要不要|该不该)(?:替\S{{1,2}}|帮\S{{1,2}})?(?:还|偿还|承担|负责)(?:吗|么|嘛|不|$)"
     rf"|{_FAMILY}(?:有没有|有|没有)义务(?:替我|帮我)?(?:还|偿还|承担)|害(?:了)?(?:我的?)?{_FAMILY}"
     # the relative's own debt ("我爸借呗逾期了，会影响我征信吗"), not the borrower's own late payment
     # that a relative's trouble caused ("我爸住院了所以逾期", review19): no 所以/导致 between them
     rf"|(?:{_FAMILY}|我爸|我妈)(?:(?!所以|导致|因此|于是|结果|害得|害我|才)[^我，,。]){{0,12}}(?:逾期|欠|还不上|还不起|没还)"
     r"[^所因导害]{0,10}(?:影响|连累|牵连|拖累)(?:到)?我(?:的)?"
     r"(?:征信|信用|芝麻|记录|贷款|借呗|花呗)?"
     # (not 影响孩子考公: that is the school-or-vetting fear, not the family paying)
     rf"|{_FAMILY}[^，,。]{{0,10}}(?:上班|工作|当)[^？?]{{0,16}}(?:连累|牵连|拖累|影响)(?:到)?(?:他|她)"  # (her job, cls22)
     rf"|(?:连累|牵连|拖累|影响)(?:到)?(?:我的?)?{_FAMILY}(?!.{{0,4}}(?:政审|考公|考编|当兵|参军|前途|上学|读书|入学|升学|考大学|上大学|读大学|大学|高考|中考|学校))"
     # the family member asks: "我老公借呗逾期了，会不会让我还". The relative is the one behind (no 我
     # between them and the debt: "我老婆不知道我借呗逾期了，我得还多少" is the borrower's own debt)
     # and the speaker is asked to pay for them, not how much or when.
     rf"|(?:{_FAMILY}|我爸|我妈)[^我，,。]{{0,12}}(?:逾期|欠|还不上|还不起|没还).{{0,12}}"
     r"(?:(?:让|要|找|叫)我(?:替他|帮他|替她|帮她|来|去)?(?:还|偿还|承担|负责|背)(?!不|了|过|清|完|多少|钱)"
     r"|我(?:要|得|需要|用不用|要不要|该不该)(?:替|帮)(?:他|她)?(?:还|偿还|承担|背)"
     r"|我(?:要|得|需要|用不用|要不要)(?:还|偿还|承担|负责)(?:吗|么|嘛|不))",
     rf"\b{_EN_FAMILY}\b.{{0,30}}\b(?:liable|responsible for|on the hook|(?:have|has|need|needs|be made|be forced|be asked|be required)"
     r" to (?:(?:re)?pay|cover)|(?:must|will|would|should) (?:re)?pay|pay (?:it|for me|my)|repay|inherit)\w*"
     # a relative's job or career harmed by the writer's debt ("could my debt get my husband fired", "my wife is a
     # teacher, will my overdue loan affect her job"); not a job lost as the reason ("my husband lost his job so...")
     rf"|\b(?:get|getting|cost|costing)\w* (?:my )?{_EN_FAMILY} (?:fired|sacked|dismissed|(?:his|her|their) jobs?)\b"
     rf"|\b{_EN_FAMILY}\b.{{0,60}}\b(?:hurt|affect|cost|ruin|damage|harm|jeopardi[sz]e|threaten)\w*\b.{{0,12}}\b(?:his|her|their)\b.{{0,12}}"
     r"\b(?:jobs?|careers?|promotions?|positions?|employment)\b"
     rf"|\b(?:hurt|affect|cost|ruin|damage|harm|jeopardi[sz]e|threaten)\w* (?:my )?{_EN_FAMILY} s (?:\w+ )?(?:jobs?|careers?|positions?|employment)\b"
     rf"|\b{_EN_FAMILY}'?s? credit\b|\bjoint(?:ly)? (?:debt|liab\w*)|\bco-?liable\b"
     # (not "my dad was late picking me up so I missed the payment": late at something else, and
     # the missed payment the borrower's own)
     rf"|\b{_EN_FAMILY}\b (?:(?:is|are|was|were|has been|have been|'s) (?:\w+ )?(?:overdue|late|behind|defaulting)|owes|defaulted)\b"
     r"(?!\s+\w+ing\b|\s+(?:for|to)\b)(?:(?!\bso i\b|\bso that\b|\bbecause\b|\bi missed\b).){0,50}"
     r"\b(?:(?:hurt|affect|damage|ruin|touch)\w* (?:my|me)\b|my (?:own )?credit)"
     # the family member asks: "my husband is behind on jiebei, will I have to pay?" (the relative
     # is the one behind; "my wife doesn't know I'm late, when do I pay?" is the borrower's own debt)
     rf"|\b{_EN_FAMILY}\b (?:(?:is|are|was|were|has been|have been|'s) (?:\w+ )?(?:overdue|late|behind|in debt|defaulting)"
     r"|owes|defaulted)\b.{0,40}\b(?:will|would|do|must|should|can they make) i\b (?:have to |need to |be made to |be forced to )?"
     r"(?:pay|repay|be liable|be responsible|cover)\b(?! (?:first|back|when|now|on time))"),
    ("mortgage",
     r"房贷|车贷|按揭|公积金贷|(?:买房|买车)(?:贷款)?.{0,6}" + _ASKS + r"|(?:影响|耽误)(?:以后|将来)?(?:买房|买车|贷款买)",
     r"\b(?:mortgages?|home loans?|car loans?|buy(?:ing)? a (?:house|home|flat|car))\b"),
    ("public_shaming",
     r"曝光|公开我|公示|大字报|贴(?:告示|传单|照片)|发朋友圈|(?:照片|头像|身份证|欠款信息).{0,6}(?:发|挂|传)(?:到|在)?(?:朋友圈|网上|群里|微博|抖音)|挂(?:到|在)?网上|上新闻|社死|丢人现眼|全村|人尽皆知|示众",
     r"\b(?:shame|shaming|expose|exposed|post (?:my|me|about)|social media|name and shame|humiliat\w*|tell everyone)\b"
     # spreading word of the debt to the contacts ("share my debt in my contacts list": truth2 B1, not a lawsuit)
     r"|\b(?:share|spread|broadcast|publish|leak|send)\w*\b.{0,12}\b(?:my )?(?:debts?|loans?|arrears)\b.{0,24}\b(?:contacts?|friends|everyone|groups?)\b"),
    ("pension",
     r"(?:退休金|养老金|退休工资|社保|医保)(?:卡)?[^，,。]{0,6}(?:扣|冻结|停|影响|没了|拿不到|领不了|被)"
     r"|(?:扣|冻结|停|停发|影响)(?:我的?)?(?:退休金|养老金|退休工资|社保|医保)",
     r"\b(?:pension|social security)\b[^.?!;]{0,40}\b(?:take|touch|seiz|freez|affect|cut|stop|garnish|deduct)\w*"
     r"|\b(?:pension|social security|retirement (?:pay|money|income|benefits?))\b"),
    ("studies",
     # (not 学校 where the child is: "去学校接孩子", "去学校找我孩子": review26)
     rf"(?:通知|告诉|打(?:电话)?(?:给|到)|联系|找到|找|去|闹到)(?:我的?|我们)?(?:学校|老师|辅导员|班主任|导员)(?![^，,。？?]{{0,3}}{_KIN})"
     r"|(?:学校|老师|辅导员|导员)(?:会)?(?:知道|发现)|毕业证|学位证|毕不了业|影响(?:我的?)?(?:学业|毕业|上学)|开除学籍|被退学",
     r"\b(?:tell|call|contact|inform|visit|email)\w*\b.{0,12}\b(?:my )?(?:school|university|college|teachers?|tutor|professor)\b"
     r"|\b(?:graduation|my (?:degree|diploma))\b|\b(?:can|could|will) i (?:still )?graduate\b"
     # the school finding out ("will the school know", "would my university find out"; newuser161 #7, answer171)
     r"|\b(?:the|my|our) (?:school|university|college|uni)\b.{0,12}\b(?:know|find out|found out|hear about|be told|notified)\b"),
    ("credit_use",
     r"(?:影响|耽误)(?:到)?(?:我的?|以后)?(?:办)?(?:信用卡|租房|找工作|求职|应聘)|(?:信用卡|银行)(?:会不会|会|要)?(?:被)?降(?:额|低额度)"
     r"|信用卡(?:会|还能|也)?(?:受影响|被停|停卡|被封|用不了)|租房(?:子)?.{0,4}(?:受影响|有影响|租不了|不给租|被拒)"
     r"|(?:查|看|调)(?:我的?)?(?:银行)?流水",
     r"\b(?:affect|hurt|stop|ruin|impact|harm)\w*\b.{0,20}\b(?:credit cards?|renting|rent(?:ing)? (?:a |an )?(?:flat|apartment|house|home|room)"
     r"|job (?:search|hunt\w*|applications?)|finding (?:a )?(?:job|work)|getting (?:a )?job)\b|\bbank statements?\b"
     r"|\bcredit cards?\b.{0,20}\b(?:limits? (?:cut|reduced|lowered)|cancel\w*|affected)\b"),
)

__all__ = ["PATTERNS"]
