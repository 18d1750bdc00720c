"""Abusive collection the first tables did not read (safe32), in Chinese (CUES_ZH) and English (CUES_EN):

- a threat only implied: the borrower told they are watched or followed ("我们的人一直盯着你", "we have eyes
  on you", a photo of their door sent back to them), "a special department will deal with you", "you know
  what happens next", the family's safety not "guaranteed";
- damage to property tied to a collector: a door lock glued, a car scratched or its tyres slashed, windows
  smashed, with a collector, a warning or "next time" in the same window (a car scratched in a car park, with
  no one named, is no one's message);
- people around the borrower contacted who are not the usual contacts: a sibling's school or university, a
  fiancé(e)'s family, a landlord, classmates, a tutor (one call to an emergency contact stays a loan question,
  collectors.py's "contact" with its aggravation);
- a third party named co-debtor or guarantor without consent, in the collector's words ("说我表哥是担保人",
  "told my friend he is my guarantor", "as my emergency contact she is liable").

The line the article draws: a lawsuit, credit reporting and contacting the borrower are lawful; threats,
shaming, deception and harassing third parties are not. So "you know what happens next: your credit report
and court" is no threat, and a case handed to a team that offers a plan is no "special department".
Whether a match is told (not asked, feared, heard of, negated or family talk) is abuse.py's judgement.
"""

from __future__ import annotations

from .clauses import any_of

# A collector, a warning or "next time" in the window: what ties damage to the debt (a car scratched, a repair
# bill, an insurer or the property manager's call are no one's message).
_LINK_ZH = (r"(?:催收|催款|催债|要债|讨债|收债|警告|下次|这只是开始|只是个开始"
            r"|(?:纸条|字条|条子|纸|牌子|字)\S{0,8}(?:还钱|欠债|老赖)|(?:还钱|欠债|老赖)\S{0,3}的?(?:纸条|字条|条子|纸|字))")
# What is damaged, and how: glue in a lock, a car or a window broken, scratched, punctured (not 蹭, a scrape in traffic).
DAMAGE_ZH = (r"(?:锁眼|锁孔|门锁|锁芯)\S{0,8}(?:灌|塞|堵|注|粘|封)|(?:灌|塞|注|粘)(?:了|满)?(?:胶|胶水|502|牙签)|"
              r"(?:车|车门|车身|车漆|车窗|电动车|电瓶车|摩托车|自行车|车座|座椅|坐垫|轮胎|车胎|玻璃|窗户|窗玻璃|防盗门|信箱|邮箱|猫眼)"
              r"\S{0,8}(?:被|让|给)\S{0,3}(?:划|刮|扎|砸|戳|割|撬|踹|烧|泼|放(?:了)?气)|(?:划|刮|扎|砸|戳|割|撬|烧)(?:了|坏|烂|破|碎|花)\S{0,3}(?:我|我家|我们家)的?"
              r"(?:车|车门|车窗|电动车|摩托车|轮胎|车胎|玻璃|窗户|门|信箱)")
_COLLECTOR_ZH = r"(?:催收|催收员|对方|他们|那边|催债的|要债的|打电话的人)"
_THIRD_PARTY_ZH = r"担保人|保证人|共同(?:借款人|还款人|债务人|还款|借款)|连带(?:责任人?|担保人|还款人)"
_WATCH_ZH = r"盯着|盯上|看着|跟着|监视|守着"
# (across a comma too: "你知道接下来会怎样，会上报征信，还会起诉" names lawful steps: review43)
_LAWFUL_ZH = r"(?!.{0,16}(?:征信|起诉|诉讼|法律|法院))"
# Collectors by name only: 他们/那边/对方 are anyone's ("我爸妈他们打电话给房东", "学校那边通知了辅导员": review43).
_COLLECTOR_NAMED_ZH = r"(?:催收|催收员|催债的|要债的|讨债的|催款的|收债的)"

CUES_ZH = (
    ("violence", any_of(
        # watched: "我们的人一直盯着你", "他们说在我上班的路上有人盯着我" (said to the writer, or the collector's people)
        rf"(?:说|讲|短信|消息|电话里|威胁|放话)\S{{0,14}}(?:有人|我们的人|我们)\S{{0,8}}(?:一直|天天|每天|时刻|都)?\S{{0,2}}(?:{_WATCH_ZH})(?:你|我)",
        rf"我们的人\S{{0,8}}(?:{_WATCH_ZH}|在你|就在|附近|身边|楼下|门口)",
        r"(?:有人|陌生人|一个男的|两个男的|几个人|两个人)\S{0,6}(?:跟了我一路|一路跟着我|跟着我(?:回家|到家|到了))",
        # details of the writer's day or home recited or photographed back at them: watched
        r"(?:说出|知道|清楚|说得出)(?:了)?\S{0,6}(?:我|你)(?:今天|每天)?\S{0,2}(?:穿(?:的|了)|几点(?:下班|回家|出门|上班)|走哪条路)",
        r"(?:你|我)(?:在)?(?:哪个|哪家|什么)(?:公司|单位|厂|学校)(?:上班|工作|上学)?.{0,4}(?:我们|他们)(?:都|很|也)?(?:一清二楚|清清楚楚|清楚|知道)",
        r"(?:发来|发了|发给我|拍了)\S{0,6}(?:我家|我们家)\S{0,2}(?:门|窗户|门口|楼|阳台|车)\S{0,3}(?:照片|视频)?",
        # what comes next left to the writer to imagine, a lawful step excepted ("后果你清楚，就是上征信")
        rf"(?:接下来|后面|之后|下一步)\S{{0,6}}(?:会|要)?\S{{0,4}}(?:怎样|怎么样|发生什么|干什么|做什么|去哪)\S{{0,6}}你(?:自己)?(?:心里)?(?:应该)?(?:想)?(?:明白|清楚|知道|懂|有数|猜){_LAWFUL_ZH}",
        rf"你(?:自己)?(?:心里)?(?:应该)?(?:明白|清楚|知道)\S{{0,4}}(?:接下来|后面|之后)\S{{0,4}}(?:会)?(?:怎样|怎么样|发生什么){_LAWFUL_ZH}",
        r"好自为之|别怪我们(?:没提醒|不客气|心狠|不讲情面)?|(?:说|讲|短信|消息|电话里)\S{0,16}(?:门|门窗)\S{0,2}(?:锁好|关好|锁紧)",
        # a department that "deals with you" (处理你, not 处理你的案子), or its ways you "cannot bear"
        r"(?:特别|特殊|专门|专项)\S{0,8}(?:部门|小组|团队|组)\S{0,6}(?:来)?(?:处理|对付|收拾|招呼|伺候|关照)(?:你|我)(?!的)",
        # the family's hours or the people around the writer's home known; reasoning refused ("可不跟你讲道理")
        r"(?:你|你的?(?:老婆|老公|孩子|女儿|儿子|爸妈|父母|家人))\S{0,3}(?:每天)?几点(?:下班|上班|放学|出门|回家)\S{0,3}(?:我们|他们)(?:都|也)?(?:很)?(?:清楚|知道|一清二楚|门儿清|摸清)",
        r"(?:你家|你们家|你们小区|你单位|你公司|你老家)\S{0,10}(?:我们)(?:都|也)?认识|(?:可|才|是)?不(?:会)?(?:跟|和)你(?:讲|说)(?:道理|情面|客气)",
        # ways held in reserve, the family's peace "prayed for" (a visit foretold is lawful: 改天来看看你，当面谈分期)
        # (said by a collector, or aimed at the writer: "客服说他们有的是办法帮我协商" is help offered: review43)
        rf"{_COLLECTOR_NAMED_ZH}.{{0,30}}有的是(?:办法|手段|法子|人)(?!\S{{0,2}}帮)|有的是(?:办法|手段|法子|人)(?:让|叫|治|对付|收拾)(?:你|我)",
        r"(?:别逼|逼)(?:我们|我)(?:用|使)\S{0,4}(?:别的|其他|特殊|非常)\S{0,2}(?:方法|手段|办法)",
        rf"{_COLLECTOR_ZH}\S{{0,8}}(?:说|讲)\S{{0,8}}(?:祈祷|保佑|但愿)\S{{0,4}}(?:你|你的)?(?:家里人|家人|孩子|爸妈|父母)\S{{0,4}}(?:平平安安|平安|没事|健康)",
        r"(?:专治|专门对付|对付|收拾|治)(?:你|我)(?:们)?这(?:种|样)(?:的)?人|下次\S{0,8}(?:就)?不(?:只是|止)\S{0,8}(?:了|这么简单)"
        # (not a price or an offer that will not last: "客服说下次就不是免息了", "店员说下次就不是这个价了": review43)
        r"|下次\S{0,8}(?:就)?不是\S{0,4}(?:这么简单|这么客气|这样客气|打电话|发短信|打个电话)",
        r"(?:部门|小组|团队|组|那边|他们)\S{0,4}的?(?:手段|做法|办法)\S{0,6}(?:承受不起|受不了|吃不消|你见识)|不讲情面",
        # the family's safety not promised ("你家里人会不会出什么事就不好说了")
        r"(?:出(?:什么|点)?事|出意外)\S{0,4}(?:就)?(?:不好说|难说|说不准|不好讲|我们(?:可)?不管|没人能保证)"
        # the safety of people, not of money ("我不能保证资金安全": review43)
        r"|(?:不能|没法|无法|不敢)保证\S{0,4}(?:你|你的|你们|你家|我|我的|家里人|家人|孩子|老婆|老公|爸妈|父母|人身)(?!\S{0,4}(?:资金|财产|账户|钱|数据|信息|隐私))\S{0,6}(?:出事|安全|不出事)"
        r"|(?:你|你的)?(?:家里人|家人|孩子|老婆|老公|爸妈|父母)\S{0,2}(?:的)?(?:人身)?安全\S{0,4}(?:我们)?(?:可)?(?:不敢|不能|没法|无法)保证",
        r"(?:问|说)\S{0,6}(?:你|我)?(?:家里人|家人|爸妈|父母|孩子|女儿|儿子)\S{0,4}(?:最近)?(?:身体)?还好吗|(?:老家|那边|你们那|当地|你那)\S{0,2}(?:我们)?也有人")),
    ("damage", any_of(
        rf"(?:{DAMAGE_ZH}).{{0,40}}{_LINK_ZH}", rf"{_LINK_ZH}.{{0,40}}(?:{DAMAGE_ZH})")),
    ("third_party", any_of(
        # the collector's claim that someone else is liable for the writer's loan
        rf"{_COLLECTOR_ZH}\S{{0,24}}(?:说|称|讲|咬定|认定|坚称|说成|当成|当作|算作)\S{{0,12}}是(?:我的?|这笔\S{{0,4}}的?)?(?:{_THIRD_PARTY_ZH})",
        rf"(?:说成|当成|当作|算作|认定)(?:是)?(?:我的?)(?:{_THIRD_PARTY_ZH})",
        r"(?:欠的钱|欠的债|这笔钱|这笔债|欠款)\S{0,4}(?:你|他|她)(?:们)?(?:也)?有(?:一)?份",
        r"紧急联系人\S{0,6}(?:就)?(?:得|要|必须|应该)(?:承担|负责|替|帮|还)|(?:承担|负)连带(?:责任)?\S{0,4}(?:逼|让|要)(?:他|她|他们)")),
    ("bystander", any_of(
        # people around the borrower no loan names: a sibling's or child's school, a fiancé(e)'s or partner's
        # family, the landlord, classmates, a tutor, a coach; told by the one who did it
        rf"{_COLLECTOR_ZH}\S{{0,12}}(?:打电话给|打给|打到|打电话到|打去|联系(?:了)?|找到|找上|找了|发(?:了)?(?:短信|消息|信息|微信)?给|通知(?:了)?|告诉(?:了)?|给)\S{{0,10}}"
        r"(?:(?:弟弟|妹妹|哥哥|姐姐|弟|妹|表弟|表妹|孩子|女儿|儿子|她们?|他们?)\S{0,6}(?:学校|大学|高中|初中|幼儿园|班主任|辅导员|传达室|老师)"
        r"|(?:未婚夫|未婚妻|对象|男朋友|女朋友|男友|女友)\S{0,2}(?:的)?(?:父母|爸妈|家里|家人|爸|妈|亲戚)|准(?:岳父|岳母|婆婆|公公|丈母娘))",
        # the landlord, classmates, a tutor, a coach: only when a collector by name did it (review43)
        rf"{_COLLECTOR_NAMED_ZH}\S{{0,12}}(?:打电话给|打给|打到|打电话到|打去|联系(?:了)?|找到|找上|找了|发(?:了)?(?:短信|消息|信息|微信)?给|通知(?:了)?|告诉(?:了)?|给)\S{{0,10}}"
        r"(?:房东|房客|同学群|老同学|辅导员|导师|教练|教会)",
        # a roommate asked to press the writer (one call to a roommate who is the emergency contact is no abuse)
        rf"{_COLLECTOR_ZH}\S{{0,12}}(?:打电话给|打给|打到|联系(?:了)?|找(?:到|上|了)?|发(?:了)?(?:短信|消息|信息|微信)?给)\S{{0,6}}(?:室友|舍友).{{0,8}}(?:让|要|叫)\S{{0,3}}(?:催|逼|劝|盯着)我")),
)

_PEOPLE_EN = r"(collectors?|agents?|agency|callers?|lenders?|they|he|she|someone|somebody)"
# Collectors by name only ("They called my college to confirm my enrolment", "She called my university about a
# refund" are anyone's calls: review43).
_COLLECTORS_EN = r"(collectors?|collection agents?|debt collectors?|collection agency|agency|callers?|lenders?)"
_LAWFUL_EN = r"(?!.{0,60}\b(credit|court|sue|suing|legal|lawsuit|report))"
_SAID_EN = r"\b(said|says|told me|tells me|telling me|texted|messaged|warned)\b"
_DAMAGED_EN = (r"(keyed|scratched|slashed|smashed|glued|superglued|punctured|dented|vandali[sz]ed|spray ?painted|egged|jammed)"
               r" (\w+ ){0,2}(car|tyres?|tires?|scooter|seat|bike|motorbike|windows?|windscreen|windshield|door|lock|letterbox|mailbox|garage|fence|gate)"
               r"|(car|tyres?|tires?|scooter|seat|bike|motorbike|windows?|windscreen|windshield|lock|letterbox|mailbox|garage|fence|gate)s? (was|were|got|had been|has been|have been) "
               r"(keyed|scratched|slashed|smashed|glued( shut)?|superglued|punctured|dented|vandali[sz]ed|spray ?painted|egged|jammed)"
               r"|glue (in|into) (my |our |the )?(front )?(door )?lock|let (the )?air out of (\w+ ){0,3}(tyres|tires)")
_LINK_EN = r"\b(collectors?|collection|(?<!insurance )(?<!estate )agents?|agency|lender|caller|warning|next time|just the start|a note|pay up)\b"
_LIABLE_EN = r"(a |the |my )?(guarantor|co ?signer|co ?borrower|joint (debtor|borrower)|jointly (liable|responsible)|(legally )?(liable|responsible) for (my|the|this) (debt|loan)|on the hook for (my|the|this) (debt|loan))"

CUES_EN = (
    ("violence", any_of(
        r"\b(have|has|got|keep|keeps|keeping) (\w+ )?eyes? on (me|you|my|your)\b",
        r"\b(watching|watched|keeping an eye on) (my|your) (place|house|home|flat|apartment|family|kids?|daughter|son|wife|husband|parents)\b",
        r"\b(we|they) (have|got) people (in|near|around) (your|my|this) (city|town|area|hometown|neighbou?rhood)\b|\bour (people|guys|men) are (around|nearby|near|close|outside|watching)\b",
        # what comes next left to imagine (said to the writer), a lawful step excepted ("…credit report and court")
        rf"(\byou|{_SAID_EN} (me )?(that )?i) (know|knew) what (will happen|happens|comes|is coming|would happen|is next)\b{_LAWFUL_EN}",
        rf"{_SAID_EN}.{{0,25}}\bthink (\w+ )?about what (comes|happens|will happen) next\b{_LAWFUL_EN}",
        r"\b(special|field|recovery|other) (unit|department|team|division|squad|group|people)\b.{0,60}\b(not (nice|friendly|polite|gentle|as patient)|(wont|will not) like|no mercy|(dont|do not|doesnt) care about (\w+ )?feelings|people like (you|me)|deal with (you|me)\b|handle (you|me)\b)"
        r"|\bteam that does field work\b",
        rf"{_SAID_EN}.{{0,30}}\b(lock|bolt) (your|my|the) (front )?doors?\b",
        r"\b(cant|cannot|can not|wont|will not) (promise|guarantee) (\w+ ){0,4}(nothing|anything) (will|would|is going to|could) happen"
        r"|\b(cant|cannot|can not) (promise|guarantee) (your|my) (family|kids|wife|husband|parents|children)\w* (will be |are |stay |will stay )?safe",
        r"\b(photos?|pictures?|pics?|videos?) of my (front )?(door|house|home|flat|windows?|building|car|garage)\b"
        r"|\b(taking|took) (photos|pictures|videos) of my (windows?|house|home|flat|door|building)\b",
        r"\b(we|they|he|she) (have|has|got) (our|their|his|her|other) (own )?ways\b(?! (of|to) (sav|budget|pay\w* (it|this|you) back))"
        r"|\baccidents (happen|can happen|do happen) to (people|those|debtors|borrowers|folks|guys) (who|that|like)\b",
        r"\b(got|have|has) (a guy|someone|somebody|people|a man|men|friends|a friend) (who lives?|living) (on|in|near) (my|your) (street|road|block|building|estate|area|neighbou?rhood)\b"
        r"|\b(said|says|told me|texted|warned)\b.{0,30}\b(hate|shame|pity) (for|if) (my|your) (wife|husband|kids?|children|mum|mom|mother|dad|father|parents|family|daughter|son|girlfriend|boyfriend)\b",
        r"\bnext time (it |that |this )?(wont|will not|isnt going to|is not going to) (just )?be\b",
        r"\b(asked|asking) (me )?(if|whether) my (mum|mom|mother|dad|father|parents|kids?|wife|husband)( still)? (lives?|is living|are living) (at|in)\b")),
    ("damage", any_of(rf"\b({_DAMAGED_EN})\b.{{0,80}}{_LINK_EN}", rf"{_LINK_EN}.{{0,60}}\b({_DAMAGED_EN})\b")),
    ("third_party", any_of(
        # (said by a collector or by "they": "The bank says my husband is a co-borrower on our mortgage", "My lawyer
        # says my brother is jointly liable" are lawful statements: review43)
        rf"\b{_PEOPLE_EN}\b (\w+ ){{0,2}}(told|tells|telling|said|says|saying|claims?|claimed|claiming|insists?|insisted|insisting)( to)?( (my|his|her) \w+)? (that )?(he|she|they|my \w+( \w+)?) (is|are|was|were|s) {_LIABLE_EN}\b",
        r"\b(claims?|claimed|claiming|insists?|insisted|insisting|says|said|saying|told \w+( \w+)?) (that )?(\w+ ){0,4}(co ?signed|guaranteed|signed for) (my|the|this) (loan|debt)\b",
        r"\bemergency contact (\w+ ){0,3}(is|are|was|were) (legally |jointly )?(responsible|liable)\b")),
    ("bystander", any_of(
        rf"\b{_PEOPLE_EN}\b (\w+ ){{0,3}}(called|rang|phoned|texted|messaged|emailed|contacted|visited|told|went to) (my |our )?(\w+ )?"
        r"((brothers|sisters|sons|daughters|kids|childs|cousins|siblings)( \w+)? (school|university|college|kindergarten|class|teacher|tutor|dorm|school office)"
        r"|(fiancees?|fiances?|girlfriends|boyfriends|partners)( \w+)? (family|parents|mum|mom|dad|father|mother|relatives)|future in ?laws)\b",
        rf"\b{_COLLECTORS_EN}\b (\w+ ){{0,3}}(called|rang|phoned|texted|messaged|emailed|contacted|visited|told|went to) (my |our )?(\w+ )?"
        r"(university|college|tutor|lecturer|professor|coach)\b",
        # a housemate asked to press the writer (one call to a flatmate who is the emergency contact is no abuse)
        rf"\b{_PEOPLE_EN}\b (\w+ ){{0,3}}(called|rang|phoned|texted|messaged|contacted) my (housemate|flatmate|roommate)s?\b.{{0,30}}\b(pressure|push|chase|lean on|nag) me\b")),
)
