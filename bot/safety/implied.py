"""Abusive collection told by what collectors did, not by a threat word (safe36), in Chinese (CUES_ZH)
and English (CUES_EN):

- a threat implied: what is dear to the borrower named back to them (a child's school or class, a photo of
  the child, the home gate or the shop) beside a demand or a warning; a photo of the borrower sent in a
  parcel with a word about the debt or their life; a note that they "will not live long";
- harm done to the people around the borrower: a parent shamed in public (当着…的面, "humiliated my
  mother"), an elderly relative frightened into hospital, a contact called an accomplice or insulted with
  a slur, strangers asking around the home village, a video posted on a video platform;
- money demanded beyond the debt under a fee's name (停催费, 上门费, "stop-calling fee");
- violence by a partner or family told in English ("my husband beats me"), as the Chinese violence cue
  already reads "老公打我": the reply that carries 110.

Each cue is a combination kept inside its clause (\\S does not cross the space between clauses) or tied
to a collector or the debt, so that a real parcel, a flat tyre from a nail, a kind neighbour, a worried
grandmother or a school's photo stay loan questions. Whether a match is told (not asked, feared, heard
of, negated) is abuse.py's judgement.
"""

from __future__ import annotations

from .bystanders import DAMAGE_ZH
from .clauses import any_of

_WHO_ZH = r"(?:催收|催收员|催债的|要债的|讨债的|对方|他们|那边|第三方|外包|陌生人|陌生号码|不认识的人|外地人|一伙人|几个人)"
_CHILD_ZH = r"(?:孩子|儿子|女儿|闺女|小孩|娃)"
_DEAR_ZH = rf"(?:{_CHILD_ZH}\S{{0,6}}(?:学校|幼儿园|班级|班主任|学籍|校门|放学|几年级)|父母家|爸妈家|老家\S{{0,2}}(?:地址|门牌)|门牌号|家庭住址|小区(?:大)?门|店(?:门口|的地址)|工位)"
# A demand or a warning beside it ("问我还不还", "钱的事早点解决", "照顾好孩子", "你自己看着办")
_DEMAND_ZH = (r"(?:还钱|还不还|能还多少|早点还|尽快还|钱的事|把钱还|结清|还上|看着办|想清楚|想想清楚|掂量|照顾好|小心|注意安全"
              r"|受不了惊吓|别让|认识一下|聊聊|沟通一下|生意不错|可爱)")
_SCHOOL_ZH = r"(?:小学|中学|初中|高中|幼儿园|学校|[一二三四五六七八九初高]\S?[一二三四五六七八九十0-9]{1,2}班)"
_HOSPITAL_ZH = r"(?:住院|住进(?:了)?医院|进(?:了)?医院|送(?:去|进|到)?(?:了)?(?:医院|急诊)|急诊|晕(?:倒|过去)|心脏病|血压(?:升高|飙升|高)|犯(?:了)?病|病倒)"
_ELDER_ZH = r"(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|老人家|爸|妈|父亲|母亲|姑姑|姨|舅|伯|叔|婆婆|公公|岳父|岳母)"

CUES_ZH = (
    ("violence", any_of(
        # what is dear, named or photographed by a collector, with a demand or warning in the window
        rf"{_WHO_ZH}.{{0,24}}{_DEAR_ZH}.{{0,30}}{_DEMAND_ZH}",
        rf"(?:照片|彩信|视频)\S{{0,10}}{_CHILD_ZH}\S{{0,10}}(?:学校|幼儿园|校门|放学)\S{{0,16}}{_DEMAND_ZH}",
        # the child's school recited in the collector's voice ("你女儿在育才中学初二三班对吧") or told back to the writer
        rf"{_WHO_ZH}.{{0,30}}你的?{_CHILD_ZH}\S{{0,4}}(?:在|读|上)\S{{0,10}}{_SCHOOL_ZH}",
        rf"{_WHO_ZH}\S{{0,10}}(?:说|发|报|念|写|提到|问)(?:出|了|来)?\S{{0,6}}我的?{_CHILD_ZH}\S{{0,12}}{_SCHOOL_ZH}",
        # the writer's life in a note or a parcel ("写着不还钱就别想活", "小心你的命"; not a doctor's "活不长" of a parent)
        r"(?:写着|写了|纸条|字条|留言|附了|附着|短信|消息|一句话|说).{0,16}(?:别想活|(?:欠钱的人|欠债的人|不还钱的人|老赖|你)(?:就)?活不(?:长|久|过)"
        r"|小心(?:你的?)?(?:小)?命|要(?:了)?你的?(?:小)?命|命(?:就)?别要了|没命|收尸)",
        r"(?:不还|不还钱|还不上|不给钱).{0,6}(?:别想活|命(?:就)?别要了|没命)",
        # damage with a note left beside it ("轮胎被扎了 车窗上贴着一张字条"): a message, whatever it says
        rf"(?:{DAMAGE_ZH}).{{0,30}}(?:纸条|字条|条子|留言|警告)",
        r"(?:寄|送|放|快递|包裹|盒子|信封)\S{0,16}(?:我的?|我家的?)\S{0,2}(?:照片|生活照|证件照|遗照)\S{0,16}(?:叉|还钱|欠|老赖|命|血)",
        r"(?:我的?)(?:照片|生活照|证件照).{0,12}(?:打了?(?:一)?(?:个)?叉|画了?(?:一)?(?:个)?叉|红叉)")),
    ("shaming", any_of(
        # a parent shamed before others ("当着一群阿姨的面说她养了个骗子")
        r"当着\S{0,12}(?:的)?面\S{0,12}(?:说|骂|喊|嚷|数落|羞辱)\S{0,20}(?:欠|老赖|骗子|不还|丢人|养了|养出|教出|替)",
        rf"{_WHO_ZH}\S{{0,12}}(?:说|骂)\S{{0,8}}(?:养|生|教)(?:了|出)(?:个|一个|这种|这样的?)",
        # a video of the borrower on a video platform ("做成视频发到了短视频平台上")
        r"(?<!我)(?<!自己)(?:发|传|挂|放|上传|剪成|做成)\S{0,10}(?:短视频|视频号|快手|抖音|b站|头条|本地号|公众号|直播间)",
        r"(?:短视频|视频号|快手|抖音|b站)\S{0,12}(?:视频|帖子)\S{0,10}我的(?:照片|名字|身份证|电话)")),
    ("insult", any_of(
        # a contact called an accomplice, or a slur aimed at a partner
        r"(?:说|骂|叫|称|当成|认定|咬定)\S{0,10}(?:是)?(?:我的)?(?:同伙|帮凶|共犯|同谋|同党|一伙的)|包庇(?:我|罪|犯)?",
        r"(?:骂|说|叫)\S{0,8}(?:贱人|贱货|婊子|骚货|破鞋|狐狸精|吃软饭|小白脸)")),
    ("contact", any_of(
        # an elderly relative frightened ill by a collector's calls or visit
        rf"{_WHO_ZH}.{{0,60}}(?:吓得|吓坏|吓出|受了?惊吓|被吓)\S{{0,10}}{_HOSPITAL_ZH}",
        rf"{_WHO_ZH}.{{0,40}}{_ELDER_ZH}\S{{0,6}}(?:吓得|吓坏|吓出|受了?惊吓)\S{{0,10}}{_HOSPITAL_ZH}",
        # parents pressed to pay ("让她替我还钱")
        rf"{_WHO_ZH}\S{{0,12}}(?:让|要|逼|叫)(?:她|他|我妈|我爸|我爸妈|我父母|老人)\S{{0,4}}(?:替|帮|代)(?:我|儿子|女儿|孩子|她儿子|她女儿|他儿子|他女儿)还")),
    # people asking around the home village ("挨家挨户问我的情况"): abuse.py counts it only beside the debt
    # told, a threat or a refused name (mend48); alone it is the home_visit question
    ("asking_around", any_of(
        rf"{_WHO_ZH}\S{{0,16}}(?:村|老家|镇上|小区)\S{{0,8}}(?:到处|挨家挨户|挨家|四处|挨个|逢人)(?:打听|问)",
        r"(?:到处|挨家挨户|四处|挨个|逢人)(?:打听|问)\S{0,6}(?:我|我家|我爸|我妈|我们家|我的)")),
    ("overcharge", any_of(
        # a fee no contract holds, named by the collector
        r"(?:要|让|逼|叫|交|付|转|给|加|算|多出来的是|说是)\S{0,8}(?:停催费|外访费|跑腿费|辛苦费|车马费|误工费|茶水费|上门费|处理费)(?!\S{0,6}(?:吗|么|嘛|呢))")),
)

# What makes asking around the home village abuse (mend48): the debt told to the people asked, a label, a
# threat, shaming, or a name refused ("问他是谁也不说"). Without it, "有人在我们村到处打听我，是上门催收吗" and
# "people were asking around my home village for me" are the home_visit question, not a report of abuse.
ASKING_AGGRAVATED = (
    r"(?:说|讲|告诉|宣扬|散布|嚷嚷|喊|问)\S{0,8}(?:欠(?:钱|款|债|了|网贷|借呗|他们)|老赖|骗子|不还|赖账|跑路|借钱|网贷|贷款)|欠钱不还|老赖|骗子|赖账"
    r"|威胁|恐吓|吓唬|好看|小心点|等着瞧|走着瞧|收拾|弄死|不客气|骂|羞辱|丢人|丢脸|难听"
    r"|是谁\S{0,4}(?:不说|不肯说|不告诉|不讲|不回答)|不(?:说|肯说|告诉|讲|愿意说|愿说)\S{0,6}(?:是谁|哪里的|什么人|哪个公司|身份|名字)"
    r"|\b(?:saying|said|telling|told|tell|tells)\b.{0,40}\b(?:owe|owes|owed|owing|debts?|loans?)\b|\babout (?:my|the) (?:debts?|loans?)\b|\bwhat i owe\b"
    r"|\b(?:thief|fraud|cheat|deadbeat|scammer|liar|criminal|threat\w*|warn\w*|or else|shamed|shaming|humiliat\w*|insult\w*)\b"
    r"|\b(?:refused|refusing|wouldnt|would not|wont|didnt|did not)\b (?:to )?(?:say|tell|give|show)(?: me| us| them)? (?:who|their|a name|any name|id)\b"
    # a photo shown round or taken of the home, menace, a message left for the writer to pay (review49)
    r"|照片|拍了?\S{0,4}(?:我家|房子|门)|跑不掉|跑不了|逃不掉|躲不掉|迟早|找到我|下次来|还会再来|转告我?\S{0,4}还钱|让我还钱|留了?\S{0,4}(?:电话|号码|纸条)"
    r"|\b(?:photos?|pictures?) of (?:me|my (?:house|home|door|family))\b|\bshow\w* (?:my|a) (?:photo|picture)\b|\bcant hide\b|\bcannot hide\b"
    r"|\b(?:be back|come back|coming back)\b|\bmake (?:me|my \w+|us) pay\b|\bone way or another\b|\bfind me\b")

_WHO_EN = r"(?:collectors?|agents?|agency|callers?|they|he|she|someone|somebody|strangers?|people|men|guys)"
_KIN_EN = r"(?:mother|mum|mom|father|dad|parents|grandmother|grandma|grandfather|grandpa|granny|nan|aunt|uncle)"
_PARTNER_EN = r"(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|father|dad|stepdad|stepfather|mother|mom|mum|brother|son|father in law|in laws)"

CUES_EN = (
    ("violence", any_of(
        # what is dear named back with a demand ("texted me the name of my son's school… asked when I'd pay")
        r"\b(?:texted|sent|messaged|listed|read out|recited|described|named|mentioned)\b (?:me )?(?:the name of |the address of )?(?:my |our )?(?:\w+ ){0,2}"
        r"(?:daughters?|sons?|kids?|childs?|childrens?|twins)s? (?:\w+ ){0,2}(?:school|kindergarten|class|teacher|backpack|school gate)\b",
        r"\b(?:photo|picture|pic|mms|video) of my (?:daughter|son|kid|child|children|twins)\b.{0,80}\b(?:take care|careful|pay|debt|shame|pity)\b",
        r"\b(?:photo|picture|pic)s? of (?:the )?(?:front )?(?:window|door|gate|entrance|sign) of my (?:shop|store|stall|restaurant|office)\b|\bwould be a (?:pity|shame) if (?:customers|people|your family)\b",
        # a life in a note or a parcel ("people who don't pay don't last long")
        r"\b(?:wont|will not|dont|do not|dont ever) (?:live|last|survive) (?:long|much longer)\b|\b(?:youll|you will) (?:be dead|end up dead)\b",
        # tyres cut with a warning left ("found my tyres cut and a warning note"; a nail's flat has no note)
        r"\b(?:tyres?|tires?)\b (?:\w+ ){0,2}(?:cut|slashed|punctured|let down|deflated)\b.{0,60}\b(?:note|warning|message)\b"
        r"|\b(?:cut|slashed|punctured) (?:my |the |all (?:four |my )?)?(?:tyres|tires)\b.{0,60}\b(?:note|warning|message)\b",
        r"\b(?:parcel|package|box|envelope|delivery)\b.{0,60}\b(?:my photo|photos? of me|pictures? of me|my picture)\b.{0,80}\b(?:note|pay|debt|live|dead|die|owe|cross)\b")),
    # (not "shaming": abuse.py reads an English shaming cue with no one before it as the writer's own post)
    ("exposed", any_of(
        rf"\b{_WHO_EN}\b.{{0,40}}\b(?:humiliat\w*|shamed|mocked|ridiculed|cornered|confronted)\b (?:my|our|her|his) (?:elderly |old )?{_KIN_EN}",
        r"\b(?:they|collectors?|he|she|someone|somebody|the agency)\b (?:\w+ ){0,5}(?:posted|uploaded|put|shared)\b.{0,60}\b(?:tiktok|douyin|kuaishou|short.?video|video (?:app|platform|site)|youtube|bilibili|video account)\b",
    )),
    ("asking_around", any_of(  # (as the Chinese "asking_around": needs the debt told, a threat or a refused name)
        rf"\b{_WHO_EN}\b.{{0,40}}\b(?:going|went|go) (?:door to door|house to house)\b|\basking around (?:my |the |our )?(?:home )?(?:village|hometown|town)\b")),
    ("insult", any_of(
        r"\b(?:called|calling|call|said|saying|told|telling)\b.{0,40}\b(?:accomplice|partner in crime|co.?conspirator|complicit)\b|\bcovering for a (?:criminal|fraud|thief|scammer)\b")),
    ("contact", any_of(
        # an elderly relative frightened ill
        r"\b(?:call\w*|rang|phoned|visit\w*|told|telling|threat\w*)\b.{0,120}\b(?:so )?(?:frightened|scared|terrified|shaken|stressed|panicked|collapsed)\b.{0,60}"
        r"\b(?:hospital|er|emergency room|collapsed|heart attack|chest pains?|blood pressure|ambulance)\b",
        r"\b(?:frightened|scared|terrified|shaken|stressed) by (?:their|the|his|her|those|all the) (?:\w+ )?(?:calls|threats|visits?|messages|collectors?)\b.{0,60}"
        r"\b(?:hospital|er|emergency room|collapsed|heart attack|chest pains?|blood pressure|ambulance)\b")),
    ("overcharge", any_of(
        r"\b(?:stop.?calling|visit|visiting|handling|home.?visit|door|stop.?collection)s? (?:fee|fees|charge|charges)\b|\bon top of what i owe\b")),
    ("domestic", any_of(
        # violence at home told by the one hurt: the reply with 110, as "老公打我" has (partner or family, not a collector)
        rf"\b(?:my )?{_PARTNER_EN}s? (?:\w+ ){{0,2}}(?:hit|hits|hitting|beat|beats|beating|punched|punches|punching|slapped|slaps|slapping|kicked|kicks|kicking|choked|chokes|choking|strangled|strangles) me\b(?! (?:up on|to it|at\b|in\b|up about))",
        rf"\b(?:my )?{_PARTNER_EN}s? (?:\w+ ){{0,2}}(?:pushed|shoved|threw) me (?:into|against|down|to the (?:floor|ground))\b",
        rf"\b(?:my )?{_PARTNER_EN}s? (?:is|has been|gets|got|became|was) (?:\w+ )?(?:violent|abusive)\b")),
)
