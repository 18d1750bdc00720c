"""The words of crisis, as cue tables read by crisis.py: despair and hopelessness, farewells,
self-harm done or under way, a method with a time or a place, wishes to be gone, talk of one's own
death and reasoning about whether dying would cancel the debt, in Chinese (ZH) and English (EN).

Each cue is a pattern of meaning (a person + a finality cue, a method + a time, a place + being
there), written for the folded, idiom-masked text of one clause or two neighbouring clauses, and
names the everyday readings that cancel it (a relative's estate, a repaid loan, a chore on a
roof). The places, methods, times and chores it names are in scenes.py.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_EN, KIN_ZH, any_of
from .cue import Cue
from .scenes import (CHORES_EN, CHORES_ZH, HIGH_ZH, JOKE_EN, JOKE_ZH, KIN_DIED_EN, KIN_DIED_ZH, LAUGH_ZH, ME, METHOD_EN,
                     METHOD_ZH, NO_EN, PLACE_EN, PLACE_ZH, REPAID, TIME_EN, TIME_ZH, LOL_DEAD)

# A working day or a long shift: what makes "好累" and "我不行了" mean exhaustion.
_WORKDAY_ZH = regex(r"加班|熬夜|通宵|上班|下班|值班|夜班|干活|打工|搬砖|工地|老板|客户|业绩|项目|开会|出差|跑单|送单|工作(到|了|一整|一天|太)")

ZH = (
    # Naming suicide, self-harm or a wish to die. A business that "撑不下去" is not a person.
    Cue("explicit", any_of(
        r"自杀|轻生|寻死|自尽|寻短见|短见|自残|自伤|自我了断|了此残生|一死了之|一死百了",
        r"死了(算了|干净|就好|一了百了|也好|比活[着著])|死了(才|就)?(能)?(解脱|轻松)|不如死|生不如死|生无可恋|想死|求死|去死|(就|都|真)该(去)?死",
        r"不想(再)?活|不活了|活不下去|活不了了|活不成|没法活|活够了|活腻|没有活路|没活路|走投无路(?!\S{0,2}(才|时|的时候|之下))|无路可走(?!\S{0,2}(才|时|的时候|之下))|没(有)?(任何)?出路了(?!吗|么|呢|没)|只有死路|死路一条",
        r"了结自己|结束(自己|我)?的?(生命|性命|这条命)|结束自己|了断|自我了结|想不开|做傻事|走极端",
        r"跳楼|跳河|跳江|跳海|跳桥|跳湖|卧轨|上吊|服毒|吞药|烧炭"), negatable=True,
        # a relative's way of talking, with the speaker saying they are well ("奶奶天天说她活够了，其实身体好得很")
        unless=regex(JOKE_ZH.pattern + rf"|({KIN_ZH})\S{{0,6}}(说|念叨)(她|他).{{0,16}}身体(好得很|很好|挺好|硬朗)"
                     # someone's catchphrase, unless the speaker then says they mean it ("…口头禅，可我是真的不想活了")
                     r"|口头禅(?!.*(真的|现在|这次|如今|可我|但我|而我|可是我|我是认真))")),
    Cue("explicit", any_of(r"撑不下去|撑不住了|熬不下去|熬不住了|扛不住了|顶不住了"), negatable=True,
        # nor the time of a coping habit ("撑不下去的时候我就去跑步")
        unless=regex(r"(公司|店|生意|厂|企业|门店|饭店|餐厅)\S{0,4}(撑|熬|扛|顶)不|(撑|熬|扛|顶)不(下去|住)(了)?的?时(候)?"),
        unless_nearby=True),
    # Hopelessness about life itself (not about a credit score or an answer: 没意思 alone is "boring").
    Cue("hopeless", any_of(
        r"人生(真的|已经|彻底)?(没有?|毫无|看不到)(任何)?(希望|意义|盼头|意思|奔头)",
        r"活[着著].{0,3}(没|没有|毫无|有什么|还有什么)(什么)?(意思|意义|盼头|劲|用)",
        r"活[着著](真的|就是|只是|好|太|真|特别|实在)?(痛苦|受罪|煎熬|折磨|多余|个笑话|笑话)",
        r"(怎么|怎样|如何)(样)?(才能|才可以|可以)?(永远)?(不再|不用再|再也不)(痛|疼|难受|痛苦|醒)",
        r"(活[着著]|我)(只会|只能|就会|就是在)(连累|拖累|给\S{0,4}添麻烦|害)",
        rf"{ME}(已经|真的|彻底|完全)?(没有?|毫无|看不到)(任何|一点)?(希望|未来|盼头|出路)",
        r"^\W*(已经|彻底|完全)(没有?|毫无)(任何|一点)(希望|盼头|活路)了(?!吗|么)",  # the whole of life, said with nothing before
        r"(活不了|活不过)(几天|多久)(了)?|没(有)?(几天|多少日子)(可活|好活)",  # "反正我也活不了几天了"
        r"看不到(任何|一点)?(希望|未来|出路|活路)|(好|很|太|真的|真|彻底|非常|特别)(的)?绝望",
        r"没(有)?(脸|资格|理由)(再)?活|不配(再)?活|(不该|不应该|不配|就不该)(被)?(出生|生下来|活[着著]|来到这个世界|存在)",
        r"(没有|没)(必要|意义|理由)(再)?(继续|坚持|撑|活)下去|没有我的容身之处|容不下我|(我|自己)?\S{0,4}拖累(了)?(全家|家里|家人|大家|爸妈|他们)",
        r"(没有?人|谁都不|谁也不)(需要|在乎|在意|关心)我(了|的死活|吧|$)",
        r"(这辈子|这一辈子|这一生|人生)(算是|就|已经|彻底|基本)*(完了|毁了|到头了|废了)",
        r"(一天|一秒|一分钟|一刻)(都|也)不想(再)?(过|活)(下去)?了|从这个世界下车|(人生|生命)(这趟车)?(我)?(想)?下车",
        r"(?<!说)(?<!骂)(?<!讲)(我|自己)(觉得)?(这种人)?(活[着著])?(就是|只是|纯粹)?(在)?浪费(空气|粮食)",
        # agreeing with a collector who says one should not live ("说我活着浪费空气，我也觉得他说得对")
        r"(活[着著]|该死|去死|死了|废物|浪费空气|不配活|累赘).{0,16}(我也觉得|我也这么觉得|我觉得也是|说得(对|没错)|说的(对|没错)|确实是这样)",
        rf"{ME}(就是|只是|是|就是个|只是个)(一个|个)?(家里的?|大家的?|他们的?)?(累赘|负担|拖累|多余的人)")),
    # Tiredness said of life or of oneself ("活着好累", "我不行了"): despair, unless the message tells
    # of work or a long day, where it is exhaustion ("我不行了 太累了 加班到现在", "每天加班到十二点，
    # 活着好累"). Stronger words in the same message ("不想活了") are read by the other cues.
    Cue("hopeless", any_of(r"活[着著](真的|就是|只是|好|太|真|特别|实在)?(累|辛苦|苦|难)",
                           r"我(真的|是真的|真|已经|彻底)?(快)?不行了"),
        unless=_WORKDAY_ZH),
    # Farewells. "再见" alone is how a chat ends, so it counts only when said to the world or to all.
    Cue("farewell", any_of(
        r"(跟|和|向|对)?(这个)?世界(说)?(再见|告别|永别|拜拜)|永别",
        r"再见了?(大家|各位|所有人|这个世界|世界|爸|妈|爸妈|家人|老婆|孩子)",
        r"遗书|绝笔|头七|(我的)(葬礼|坟|骨灰)|给我(烧纸|上坟)",
        r"最后(一次|一条)(发消息|发|跟\S{0,4}说|说话|留言|联系|打扰)|我(的)?最后一(晚|天|个晚上)",
        # a last day set for oneself, last words, a letter left to be found, a grave bought for oneself
        r"(给自己|自己)(定|选|挑)(的|了|好)(了)?\S{0,4}(最后一天|日子|期限|死期)|就剩(下)?(跟你|和你|给你)?(说的)?(这|最后)(几句|一句)",
        r"(道歉信|告别信|一封信)(已经|都)?(写好|放在|留在|压在)|(明早|明天|以后|到时候)(他们|你们|她|他)就(能|会)(看到|发现)",
        r"给自己(买|看|选|挑|订)(好|了)?\S{0,4}(墓地|骨灰盒|寿衣|棺材|墓)|(墓地|寿衣|骨灰盒).{0,12}(给自己|先给我)",
        r"平静.{0,12}(做了|下了)(一个|这个)?决定|(做了|下了)(一个|这个)?决定.{0,12}平静",
        r"先走一步|(我|自己)的(忌日|祭日)|(不想要|不想再有|不要)明天|我(好像|已经|真的)?没有明天了|"
        r"(我|自己)(走|不在|死)了(以后|之后).{0,12}(记得我|想我|忘了我|忘记我)|"
        r"离开(这个世界|这个世上|人世|人间)",
        rf"(想|要)?去陪(我)?(死去的|去世的)?({KIN_ZH})了",
        rf"(写|留|录)(了|好)?(一封)?(信|遗书|遗言)(给|留给)(我)?(的)?({KIN_ZH})|(给|留给)(我)?({KIN_ZH})的信(也|都)?(写|留)",
        rf"(写|留|录)\S{{0,6}}(话|信|字条|视频|录音)\S{{0,2}}(给|留给)(我)?(的)?({KIN_ZH})|(给|留给)(我的?)?({KIN_ZH})(写|留|录)(好|了)",
        r"以后(没|没有)机会(跟|和|对|再)|不知道(自己)?会做出什么",
        r"(还不上|还不起|撑不住|不行了|对不起|不孝)(了)?.{0,10}(我)?先走(了|一步)|(女儿|儿子|孩儿)不孝",
        r"(戒指|钥匙|手机|银行卡|存折)\S{0,6}(留在|放在|压在).{0,16}(别|不要)(再)?找我|(如|遂)(了)?(他们|你们|他|她|催收)(的)?(所愿|心愿|愿)",
        # a goodbye the other did not recognise ("她还以为我只是出门")
        r"(说了?再见|道别|告别).{0,12}(还以为|以为)|(她|他|他们|我妈|我爸)(还)?以为我(只是|就是)?(出门|出去|开玩笑|随便说说|出差)",
        r"(没什么|没有什么|没有|没啥|了无|再无)(可以|可|好|值得)?(我)?(牵挂|留恋)|无牵无挂",
        r"(?<!妈把)(?<!爸把)(?<!他把)(?<!她把)(?<!旧)(东西|衣服|存款)(也|都|全)*(送人|送给别人|分给)|(东西|一切|后事)(都|也)*(整理|安排|处理|交代)好了",
        r"(站|坐|爬|翻|蹲)(在|到|出)?(了)?\S{0,3}(阳台|窗户|窗台|栏杆|护栏|天台)(的)?(外面|外边|外侧|外头)|"
        r"(站在|坐在|爬上|爬到|翻过|翻到)\S{0,3}(窗台|窗户外|栏杆|护栏|楼边|边缘)|把(猫|狗|宠物|孩子)\S{0,4}托付|(后面的事|身后事|剩下的事)\S{0,4}(安排|交代|处理)好")),
    # "今晚就走了" is a farewell unless the message says where to (出国, 回老家, 上班).
    Cue("farewell", any_of(rf"({TIME_ZH})(我)?(就)?(要)?(走了|离开了)", r"(不想|不会|再也不|不打算|不准备)(再)?回(来|去)了",
                           r"(还)?不如(我)?(自己)?先走(了|吧|一步)?",
                           r"等\S{0,10}(完|以后|之后)(我)?就(走|离开)(了|吧)?|(安安静静|安静|悄悄|默默)(地|的)(离开|走)(?!.{0,4}(这个城市|这里|公司|单位))",
                           rf"({TIME_ZH})\S{{0,3}}(结束|了断|解脱)(吧|了|自己|一切|这一切)"),
        unless=regex(r"出国|出差|回老家|搬家|旅游|飞机|火车|高铁|打工|上班|上学")),
    Cue("self_harm", any_of(
        r"(吃|吞|喝|服|买|囤|攒|准备)(了|下|掉|好)?\S{0,8}(安眠药|农药|百草枯|敌敌畏|老鼠药|安定)",
        # plain 药 only with a quantity: 吃了药 is medicine, 吃了一整瓶药 is an overdose
        r"(吃|吞|喝|服)(了|下|掉)[0-9一二两三半几整好大十百]*(瓶|把|板|盒|堆|片|粒|颗)(的)?\S{0,4}药",
        r"(吃|吞)(了|下)(好多|很多|一堆|一大堆|一大把|所有的?|全部的?)(的)?\S{0,4}药",
        r"药(都|已经|我)*(买好|准备好|攒够|攒好|备好|就在|放在|在桌)|攒(的|了|下)(的)?药",
        r"割(了)?[一几好]*(刀|下)|割(了)?(腕|手腕|自己|手臂|胳膊)|(划|刮)(了)?(自己|手腕|手臂|胳膊|好几道|几道|几刀)|刀片(划|割)",
        r"(买|准备|备)(了|好)?\S{0,3}炭|开(了)?煤气|绳子(都|已经|我)*(准备|买|挂|系)好",
        r"(拿着|握着|拿起|举着|拿了)(一把)?(刀|菜刀|刀片)",
        r"(喝了酒|喝酒).{0,4}(吃了|吃|吞了)\S{0,3}药|吃了.{0,4}药.{0,6}(头(好|很)?晕|想睡|站不稳)|药片.{0,6}(倒在|在)手(心|上|里)",
        r"(车|火车|卡车|汽车|地铁).{0,8}(开过来|过来|来了|来的时候|进站).{0,10}(往前走|往前挪|往前迈|往前移|冲|撞|迈)|(站台|轨道|马路)(的)?(最)?(边上|边缘|边沿)|往(车|马路)(上|中间)(冲|走)",
        rf"带着({KIN_ZH})\S{{0,3}}(一起)?(走|离开|去死)(吧|了)?$|带着({KIN_ZH})\S{{0,3}}一起(走|离开|去死)",
        r"(什么|哪种|啥|怎样的)(样的)?(方式|办法|方法)(离开|走|结束自己|解脱|了断)|"
        r"(想|查|研究|琢磨|搜)\S{0,6}(怎么|怎样|如何)(样)?\S{0,2}(死|自杀|走得)|死法|(不痛|无痛|没有痛苦|不痛苦)(地|的)?(死|方法|走|离开)|怎么死",
        r"绳子.{0,10}(系|挂|绑)(在|到|好)|(系|挂|绑)(了|好)?\S{0,4}绳子|(不知道|怕)(自己)?\S{0,6}(会不会|还会|真的会)(这么做|做傻事|再这样)")),
    # A high or deep place with being there, going there soon, jumping or looking down.
    Cue("place", any_of(
        rf"(在|站在|坐在|到了|来到|走到|爬上|上了|待在|站上|坐上|到)\S{{0,6}}({PLACE_ZH})",
        rf"({TIME_ZH}|就|打算|准备|想).{{0,8}}去\S{{0,4}}({PLACE_ZH})",
        r"跳(下去|了下去|下来)|从\S{1,10}(跳下|跳出|跳了)|往下跳",
        rf"({PLACE_ZH}|{HIGH_ZH}).{{0,12}}(看着?|盯着|往)(楼)?下(面|看|的水)|(看着?|盯着)下面(的水)?",
        r"(一直|总是|老是|总|反复|每天|整晚)(在)?(看|盯着|往)(着)?(楼下|窗外的?楼下|底下)",
        r"(被车撞|出车祸|出(个)?意外|得(个)?绝症)(死)?(了)?就好了"
        # looking for a height; taking the children too; an accident that the insurance would pay
        r"|(看|找|查|搜)\S{0,8}(哪里|哪儿|哪个|哪栋|哪条|哪座)(的)?.{0,4}(水|河|江|湖|海|崖)(最|比较|够)?(急|深|高)"
        r"|(看|找|查|搜)\S{0,6}(哪里|哪儿|哪个|哪栋).{0,4}(楼|桥).{0,4}(比较|最|够)?高"
        r"|(想|只想|不如|干脆)(抱着|带着)(孩子|儿子|女儿|娃)(们)?一起(走|死|跳)"
        r"|(出(了)?(个)?意外|我死了|我走了|我不在了).{0,12}保险.{0,12}(赔|够|还)"),
        unless=regex(rf"(住在|家住|家在|老家在|店在|公司在)\S{{0,4}}({PLACE_ZH})|({PLACE_ZH})(长大|出生|生活)|{CHORES_ZH}|(?<!不是)(?<!没)开玩笑|玩笑话"),
        unless_nearby=True),
    Cue("passive_wish", any_of(
        r"(没有我|没了我|少了我|我不在了?|我走了|我死了|我消失了?|我没了)(以后|之后)?.{0,12}(会|就|都|也|才)?(更好|好过|过得更好|轻松|解脱|清净|清静|省心|好受|不用再?|没负担|还好一点|好一点|好些)",
        rf"{ME}(要是|如果|就这样|哪天|突然)*(消失|不在|死)(了)?.{{0,8}}(没有?人|不会有人|谁都不会|谁也不会)(会)?(发现|知道|在意|在乎|注意|关心|难过|想我)",
        r"(想|让我)(就这样)?(从这个世界上?)?消失(?!一段时间|一阵|几天|一下)|(想|好想|真想|只想)\S{0,2}消失(?!一段时间|一阵|几天|一下)",
        r"(不想|不要|别|不愿意?)(再)?醒(来|过来)|(再也|永远)(不|别)(要)?醒|一睡不醒|睡过去\S{0,2}(再也|永远)|永远(地)?睡|长眠",
        r"(要是|如果)(我)?没(有)?(出生|生下来)")),
    # 一了百了, 解脱, 结束这一切: despair, unless the message is about paying the loan off.
    Cue("passive_wish", any_of(
        r"(想|只想|好想|求)\S{0,2}解脱|(不如|干脆)(早点|早些)?(结束|了结|解脱)|结束(这一切|一切)|一了百了"),
        unless=regex(REPAID)),
    # Talk of one's own death (masked idioms aside), unless the one who died is a relative.
    Cue("death_talk", any_of(
        rf"{ME}(?:(?!{KIN_ZH})\S){{0,6}}死(?!活|定|心|机|板|贵|磕|撑|扛|党|缠|要面子)",
        r"(去|到)(天上|天堂|另一个世界|那个世界|那边)(找|见|陪)|(天上|天堂)(找|见|陪)"),
        negatable=True, unless=LAUGH_ZH,
        # the collector's curse, not the speaker's wish ("催收发语音说我这种人死了都没人收尸")
        near=regex(r"(催收|催款|对方|那人)\S{0,6}(说|骂|讲|咒)")),
    # Not being there soon: no more trouble to anyone, the last step, the last message, a will.
    Cue("farewell", any_of(
        r"(就差|只差|只剩)(最后)?一步|准备好了.{0,6}(最后|走|结束)|最后一条(消息|信息|微信)|最后的(消息|话)",
        r"(对不起|原谅我).{0,12}(先走|走了|再见|下辈子|别替我还|不要替我还)|(钱|债|网贷|借呗|花呗)\S{0,4}(别|不要|不用)替我还",
        r"撑不过(今晚|今天|明天|这周|这个月|去)|不知道(还)?能(不能)?(撑|活)(到|过)|活不过|熬不过(今晚|今天|明天|这)",
        r"(人生|我|自己)\S{0,4}(走到头|到尽头|到头)了")),
    # A countdown set for oneself, unless it counts down to repaying, an exam or a diet.
    Cue("passive_wish", any_of(r"给自己(倒计时|定了?(个|一个)?(日子|期限|时间))"),
        unless=regex(REPAID + r"|还款|还钱|存钱|减肥|考试|考研|戒烟|戒酒|健身")),
    # Choosing a grave, unless it is for a relative.
    Cue("farewell", any_of(r"(看|买|选|挑|订)(了|好)?(一块|块|个)?(墓地|墓穴|寿衣|骨灰盒)"),
        unless=regex(KIN_DIED_ZH + rf"|(给|为|帮|替)(我)?(的)?({KIN_ZH}|老人|长辈)")),
    # A will or last words, unless a relative's death (and their estate) is the subject.
    Cue("farewell", any_of(r"遗嘱|遗言"), unless=regex(KIN_DIED_ZH + rf"|(他|她|老人|{KIN_ZH})(的|留下的?)(遗嘱|遗言)|留下的(遗嘱|遗言)|遗嘱(里|上)\S{{0,4}}(留|给|分)")),
    # Entrusting kin "from now on" ("以后照顾好妈妈", "妈就交给你了"), unless the message says
    # where the speaker is going (abroad, to work, to hospital).
    Cue("farewell", any_of(
        rf"(以后|今后|往后)(你|你们)(要)?(帮我|替我)?(好好)?照顾(好)?(我)?(的)?({KIN_ZH}|自己)",
        rf"(帮我|替我)(好好)?照顾(好)?(我)?(的)?({KIN_ZH})|(对不起|原谅我).{{0,12}}照顾好",
        rf"({KIN_ZH}|孩子们)(以后)?(就)?(交给|拜托|托付给|靠)(你|你们)了",
        r"(卡里|卡上|存款|账户里|银行卡).{0,10}密码(是|在|写在|就是)"),
        unless=regex(r"出国|出差|回老家|搬家|旅游|打工|上班|上学|住院|手术|出门|工地|外地")),
    # "I won't trouble anyone again", unless it is thanks for a question answered.
    Cue("farewell", any_of(r"不会再(麻烦|打扰|拖累|连累|烦)(任何人|大家|你们|你|家里|谁)|(再也|以后)不会(麻烦|打扰|拖累)"),
        unless=regex(r"问题(都|已经)?解决|谢谢|感谢|多谢")),
    Cue("passive_wish", any_of(
        r"(希望|真希望|但愿|要是)\S{0,6}(没有?|不要|别|不再)(醒|醒过来|醒来)|从(这个)?世界(上)?消失|醒不(过)?来(就好|也好|算了)",
        r"(如果|要是|假如)(我)?(明天|哪天|某天|早上|一觉)?(再也)?(不醒|没醒|醒不(过)?来)",
        r"(掉|跳|摔)下去(也|就)?(挺好|就好|算了|一了百了|也不错|反而好)",
        r"我(消失|死|不在|走)了(才|就)?(正好|刚好|最好|才好|更好)|没(有)?人会为我(掉眼泪|哭|难过|伤心)",
        r"出(个|场|了)?(车祸|意外)\S{0,3}就好了")),
    # Blood where one is lying or sitting: "躺在浴缸里，水是红的".
    Cue("self_harm", any_of(r"(浴缸|浴室|澡盆|水)\S{0,6}(是红的|红了|全是血|都是血)|(割|划|手腕|刀口).{0,8}血(止不住|流不停|一直流|还在流)")),
    # Dwelling on a means: the pesticide in the shed, the pills in the drawer.
    Cue("self_harm", any_of(
        rf"({METHOD_ZH}).{{0,20}}(一直|总|老是|反复|每天)\S{{0,3}}(想|看|盯)|(盯着|看着|一直想|总想|老想|一直在想)\S{{0,6}}({METHOD_ZH})")),
    # Whether dying cancels the debt or spares the family (人死了债是不是就没了) is a crisis, not a
    # question about going dark; a relative's death and their estate is not.
    Cue("death_reasoning", any_of(
        r"(人|我|自己|借款人|欠款人|本人)(要是|如果|假如|万一|是不是|真的|哪天)*"
        r"(死|死了|死掉|不在了|没了|走了(?!.{0,12}(房子|租出|出国|打工|上班|上学|读书|留学|工作|外地|搬家|出差|当兵))|去世|自杀|跳下去|出事|出了事|出意外|有个三长两短|有什么三长两短)"
        r".{0,30}(债|欠|网贷|借呗|花呗|贷款|还款|不用还|保险|意外险|赔|家里|爸妈|父母|老婆|孩子|家人|不用面对|不用管|勾销|清零)",
        r"(债|欠款|网贷|借呗|花呗|贷款)\S{0,20}(人死|(?<![要快])死了|死后|去世后|一死)",
        r"(意外险|保险金|寿险|保险).{0,12}(我(不在|走|死|出事)|还清)|(我(不在|走|死|出事)|出事).{0,12}(意外险|保险金|寿险|保险)"),
        unless=regex(KIN_DIED_ZH)),
)

_I = r"(i|im|i am|ive|i have|id|i would|ill|i will)"
# "Can't go on" is despair; "can't go on paying this" or "can't go on holiday" is money or a trip
# (a gerund other than living, or a thing to go on, follows).
GO_ON_TO_SOMETHING = (r"(?! (?!living\b|existing\b|breathing\b|being\b)\w+ing\b)"
                       r"(?! (a|an|the|my|our|holiday|holidays|vacation|leave|trips?|dates?|tour|air|stage|tv|line|record|strike)\b)")
EN = (
    Cue("explicit", any_of(
        r"kill(ing)? (my ?self|me)\b|killed myself|suicid|take my (own )?life|taking my (own )?life|end(ing)? my (own )?life|unalive",
        r"\b(want|wanna|going|gonna|plan|planning|ready|need|deserve|decided|decide) (to )?(die|be dead)\b|\bwant(ed)? to die",
        r"\b(end|ending) (it|it all|everything|things)\b(?! (with|by|early))",
        r"rather be gone|better off dead|wish (i was|i were|id be|i could be) dead|rather be dead",
        r"(dont|do not|didnt) want to (live|be alive|exist|be here)(?! (in|with) (debt|this debt|fear))",
        rf"(cant|cannot|can not) (go on{GO_ON_TO_SOMETHING}|live (like this|with (this|the) (shame|guilt|pain))|live any ?more|keep going|keep living)",
        rf"(dont|do not) (think|know (if|whether|how)|believe|see how) i can (go on{GO_ON_TO_SOMETHING}|keep going|keep living|hold on|take (it|this) any ?more)",
        r"no (will|desire|wish|reason) to (live|go on|keep going)|want out of (everything|life|this life|it all)",
        r"cant (take|do) (it|this) any ?more|cant cope any ?more\b(?! (with|at|when|if|because))|(how much longer|how long) i can (hold on|go on|keep going|take (it|this))",
        r"hurt(ing)? my ?self|harm(ing)? my ?self|self ?harm",
        r"jump(ing)? (off|from|in front)|thinking (about|of) jumping|going to jump\b|stepping off|letting go$"),
        negatable=True, unless=JOKE_EN),
    Cue("hopeless", any_of(
        rf"({_I} (feel|am|feeling|m)? ?(so |completely |totally |just )?|feeling )hopeless(?! about)|lost all hope|no hope left",
        r"nothing to live for|no (reason|point) (to|in) (live|living|go on|going on|keep going|be alive)",
        r"(life|living) (is|isnt|feels|seems) (not )?(pointless|meaningless|worthless|not worth (it|living))|not worth living|life isnt worth",
        r"whats the point (of|in) (living|life|going on|trying|anything|any of this)|whats the point any ?more",
        r"tired of (living|life|being alive|existing|everything)|(done|finished) with (life|living|everything)",
        r"give up on (life|living|everything)|(dont|cant|do not) see (a|any) (future|way (out|forward|through))|no way out|no future for me",
        rf"{_I} ?(m|am)? (such )?a burden|burden (to|on) (everyone|my family|them)",
        r"\b(want|wish) (it all|everything|all of it|it|life) to (end|stop)\b|nothing matters any ?more|hate my life",
        r"wish (i|id) (was|were|had) never (been )?born|wish i (wasnt|werent|hadnt been) born|(shouldnt|should not|never should) have been born")),
    Cue("farewell", any_of(
        r"goodbye (everyone|everybody|world|all|cruel world|forever)|farewell(?! (party|parties|lunch|dinner|drinks|gift|card|speech|tour|concert|match|game))|said my goodbyes|say(ing)? goodbye to (everyone|the world|my(?! (old |former )?(job|work|office|team|colleagues?|coworkers?|co workers|classmates?|students?|teachers?|boss|manager|neighbou?rs|city|town|house|flat|apartment|school|car|phone)\b))",
        r"(last|final) (message|words|goodbye)|my (last|final) night|goodbye (letter|note|message)s?|posted (a |my )?(goodbye|farewell)|suicide note|writing my goodbye",
        r"(wont|will not|not going to) be (here|around) (tomorrow|any ?more|much longer|for long|next (week|month|year)|by (christmas|new year|spring|summer|then|the (weekend|end of)))|by the time you read this",
        rf"tell my ({KIN_EN}) (im sorry|i am sorry|i love)|see you in (the )?next life|in (my|the) next life|in another life",
        r"this is (my )?goodbye|its goodbye",
        rf"(wrote|writing|written) (a |some )?(letters?|notes?) (to|for) my ({KIN_EN})",
        r"(gave|giving|given) (away )?my (things|stuff|belongings|cat|dog|pets?)|(giving|gave|given) my (things|stuff) away",
        r"not coming back|stop existing|cease to exist|at peace with my decision",
        rf"({TIME_EN}) (is|will be) the (night|day)|({TIME_EN}) .{{0,20}}(im done|its over|thats it|finish it)",
        r"(planning|planned|decided|figured out|thought about) (how|when|where) (to|ill|i will|im going to) (do it|end it|go)",
        rf"(going to|gonna|will|ill|im going to) (do it|end it|go through with it) ({TIME_EN}|now|soon)")),
    Cue("self_harm", any_of(
        r"(?<!can i )(?<!should i )(?<!do i )(?<!to )(took|taken|take|taking|swallowed|swallow|downed|popped) (?!(the |my )(pills|tablets|meds|medicine|medication) (my |the )?doctor)(?!my (\w+ ){0,3}(pills|tablets|meds|medication) (on time|every|as|daily|each))"
        r"(?!(my |the |some )?(blood pressure|cold|flu|allergy|vitamin|daily|usual|prescribed|regular)\b).{0,30}\b(pills|tablets|meds|medication|painkillers|tylenol|paracetamol|bottle)",
        r"(cutting|cut|slit|slitting) (my ?self|my wrists?|my arms?|again|deep)|my arms are a mess|(a lot of|so much) blood|bleeding (a lot|badly)",
        r"(pills|tablets|knife|rope|noose|blade)s? .{0,20}(next to me|in front of me|on the table|counted|ready|in my hand)",
        r"(saving|saved|stockpiling|collecting|counting|hoarding) (up )?(my |the |all my )?(\w+ )?(pills|tablets|meds)|"
        r"(sat|sitting|sit|stood|standing|been) .{0,30}with (a|the|my) (razor|knife|blade|rope|pills|gun|hose)|(have|got|bought|buy) (the |a |some )?(rope|noose|charcoal)",
        r"engine running|carbon monoxide|charcoal|(drank|drink|drinking|swallowed) (some |a bottle of |the )?(bleach|pesticide|poison|antifreeze|weed ?killer|rat poison|drain cleaner)|\bhose\b.{0,20}\btape\b",
        r"how (long|much) (it takes|does it take|would it take) to (drown|bleed out|die|suffocate|hang)|how to drown|count\w* (how many )?steps",
        r"(took|taken|swallowed|had) (a lot|way|much|far|many) more .{0,30}than (i should|prescribed|i was supposed)|just to see what would happen",
        r"(stop|stopped|stopping) (eating|drinking)|until (its|it is) (all )?over",
        r"(take|taking|took|taken|swallow\w*) (all|everything)\b.{0,30}(medicine|meds|pills|tablets|cabinet|drugs)",
        r"(if|when|once) (someone|somebody|a person|i|he|she|they) (take|takes|took|taking) (their|his|her|my) own life",
        r"(painless|quickest|easiest|quick) ways? to (die|go(?!\s+(about|to|through|into|with|for|if|over|back|ahead|online|in)\b)|end)|how many (\w+ )?(pills|tablets)|(pills|tablets) would be enough|(ways|how) to (kill myself|end it|die)",
        r"driv(e|ing) (my |the )?(car )?(into|off) (the |a )?(river|sea|lake|bridge|cliff|wall|tree|reservoir|highway|motorway|road|overpass|barrier|guardrail|mountain|edge|truck|oncoming)|crash(ing)? my car (on purpose|into)")),
    # "I'm on the bridge, I mean the bridge loan": in a finance chat a bridge can be a loan.
    Cue("place", any_of(
        rf"({_I}|standing|sitting|sat|stood|up|went up) ?(m|am)? (right |just |still |now )?(on|at|by|near|to|in) (the |my |a |this )?.{{0,20}}\b({PLACE_EN})\b",
        rf"(going|heading|go) to (the )?({PLACE_EN})\b|(sat|sitting|stood|standing) (right |just )?(on|at) the edge",
        r"(top|roof|edge) of (a|the|my|this) (parking garage|car park|multi ?storey|tower|building|bridge|block)",
        rf"(looking|staring|look) (at|down at|over) (the )?.{{0,12}}\b({PLACE_EN}|water|drop)\b"),
        unless=regex(r"bridg(e|ing) loan|roof (terrace|garden|bar|top (bar|restaurant))|(having|eating|for) (lunch|dinner|a drink|coffee)"),
        near=regex(CHORES_EN + r"|\b(i|we) live (right |just )?(by|near|on|in)\b|living (right |just )?(by|near|on)")),
    Cue("passive_wish", any_of(
        r"(better|happier|fine|relieved|easier)( off)? without (me|a (dad|mom|mum|father|mother|son|daughter|husband|wife)\b)",
        r"(no ?one|nobody) .{0,20}(notice|care|miss me).{0,30}(gone|dead|died|disappear|not here|wasnt here|if i)|(no ?one|nobody) (would|will) (even )?miss me",
        rf"if {_I} (just )?(was|were|wasnt|werent|m|am)? ?(gone|dead|not here|not around|disappeared|didnt exist|wasnt (here|around)|alive)",
        r"wish (i|id) (was|were|had) (dead|never been born|not born|gone)|wish i could (disappear|sleep forever|not wake up|vanish)",
        r"(sleep|go to sleep|went to sleep) and (never|not|didnt) wake up|(dont|do not) want to wake up|hope i dont wake up|disappear forever",
        r"(want|wanted|need) to (disappear|vanish)(?! (from|for a|for some|for the))|(they|she|he|everyone|family) (could|would|will) finally (stop|be free)")),
    # Talk of one's own death or of being gone: "i think about dying every day".
    Cue("death_talk", any_of(
        rf"\b(i|im|ive|id|ill|myself)\b{NO_EN}{{0,40}}\b(dying|die|death|dead)\b",
        r"(see|join|be with) (my )?(late |dead )?(mom|mum|mother|dad|father|grandma|grandmother|grandpa|grandfather|nan|son|daughter)\b.{0,12}(again|heaven|soon)|go to heaven|a better place"),
        # Death as someone's work is not their own: a mortuary, a hospice, an undertaker.
        unless=regex(KIN_DIED_EN + "|" + JOKE_EN.pattern + LOL_DEAD + r"|mortuary|morgue|funeral (home|parlou?r|director)|hospice|undertaker|coroner")),
    Cue("farewell", any_of(
        r"(wont|will not|not going to|never) be (a problem|a burden|a bother|bothering anyone|troubling anyone|around|here)\b.{0,30}(much longer|soon|any ?more|after (tonight|today)|for (anyone|you|them))",
        r"last time (you|youll|anyone|anybody) (will )?hears? from me|(youll|you will) never hear from me|never hear from me again",
        r"(cant|can not|cannot|dont) see (myself|me) (getting|making it|get|make it) (through|past|to)|dont think (ill|i will|i can) (make it|survive|get) (through|past)",
        r"(not sure|dont know if|dont think) (ill|i will|i can|im going to) (make it|be here|be alive|survive|still be (here|around|alive))",
        r"(wrote|written|made|finished|updated|drew up|writing) (my|a) will\b|my will is (written|done|ready)",
        r"(have|got|made) a plan\b(?! to (catch up|pay|repay|get|fix|clear|sort)).{0,40}(do it|tonight|weekend|tomorrow|soon|end it)"
        r"|(have|got) a plan and a date|(picked|set|chosen|chose) (a|the) date\b(?! (to|for) (pay|repay|the payment|my payment|a call))",
        r"(put|poured|counted|lined up|laid out|tipped) (out )?(all )?(of )?(my |the )?(\w+ )?(pills|tablets) (in|into|on|out)",
        r"(asked|asking|ask|told|telling) \w+ to (look after|take care of|feed) my (cat|dog|pets?|kids|children|plants)",
        r"(say|said|saying) goodbye to(?! (a |my )?(friend|colleague|coworker|cousin|neighbou?r)s? (who is |whos )?(moving|leaving|going|flying))(?! (my |the |our )?(old |former )?(job|work|office|team|colleagues|coworkers|city|town|house|flat|apartment|home|school|car|phone|debts?|loans?|apps?|accounts?|jiebei|huabei|alipay|platforms?|credit cards?|cards?)\b)(?! (this|that|the) (app|account|platform|loan|card)\b)|(wont|will not) (be )?need(ing)? (help|it|any of this|this|the)|if (you|youre) read(ing)? this",
        rf"(please|({KIN_EN}).{{0,30}})(dont|do not) pay (off |back )?my (loans?|debts?)|deserves? better than me|better off with the (insurance|payout|money)",
        r"(wont|will not|not going to|not gonna) be (around|here) (to|for|when|much|any)|(not|no longer|stop being) (be )?alive|way out is (to )?(die|not)",
        r"(pain|it|everything|this) to (stop|end),? (permanently|forever|for good)|scared of what (ill|i will|i might) do",
        r"(goodbye|bye)\b.{0,20}(sorry|love)|sorry to (my family|everyone|my (mom|mum|dad|parents|kids|wife|husband))|im done\b.{0,12}goodbye",
        r"(sleep|asleep) forever|wish (i|id) (hadnt|had not|didnt|did not|wouldnt|would not) (woken|wake)",
        r"(get|getting|step|stepping) off (this|the) (ride|train|rollercoaster|merry.go.round)( called life)?|ride called life",
        r"(left|leaving|leave) my (wedding ring|ring|keys|phone|wallet)\b.{0,50}(not to look for me|dont look for me|do not look for me|note|goodbye)|(not to|dont|do not) (come )?look(ing)? for me",
        r"(die|dead|death)\b.{0,60}give (them|him|her|the collectors?) what (they|he|she) (want|wants|asked for)",
        r"(remember|miss|forget) me (when|after|once) (im|i am) gone|(when|after|once) (im|i am) (gone|dead)\b(?! (for|on|to|from|abroad|away|home))",
        r"(put|putting|got|get|getting) my affairs in order|(playlist|music|songs|flowers|outfit|clothes) for (my|the) (own )?funeral|plan(ned|ning)? my (own )?funeral",
        r"(fall asleep|go to sleep|sleep|close my eyes) and (never|not) (wake|deal with|face|have to)",
        r"how (high|tall|deep|far down) .{0,24}\b(bridge|building|roof|cliff|water|river|drop|balcony|floor)|\b(water|river|drop|it|bridge|building)( is)? (deep|high|tall) enough",
        r"if i (just )?(didnt|did not|dont|do not|never) wake up|(on )?the (other|wrong) side of the (railing|rail|barrier|fence)|(climbed|climbing|climb) (over|past) the (railing|rail|barrier)",
        # a goodbye prepared to go out later: a note scheduled to post, a timed email
        r"\b(note|letter|goodbye|farewell)s?\b.{0,40}\bschedul\w*|\bschedul\w* .{0,30}\b(note|letter|goodbye|farewell)s?\b|(already|finally) (written|wrote) (a|my) (note|letter)\b(?! (to|for) (the|my) (bank|lender|landlord|boss|teacher|collector|school))",
        r"close my eyes and (never|not) (open|wake)|never open (them|my eyes) again")),
    Cue("self_harm", any_of(
        rf"\b({METHOD_EN})\b.{{0,40}}(thinking about|keep thinking|staring at|looking at)|(thinking about|keep thinking about|staring at|looking at|think about) .{{0,30}}\b({METHOD_EN})\b")),
    # An overdose, unless someone else took it ("a patient overdosed last night").
    Cue("self_harm", any_of(r"overdos|\bod ?d\b"),
        near=regex(r"\b(patient|client|friend|neighbou?r|someone|somebody|resident|a (man|woman|guy|girl|kid|person)|he|she|they|hes|shes)"
                   r" (\w+ ){0,2}(overdosed|had an overdose|od d)")),
    Cue("death_reasoning", any_of(
        r"\b(if|when|after|once|in case)\b (i|someone|a person|the borrower|a borrower|you|people|one) (just )?"
        r"(die|dies|died|am dead|m dead|is dead|pass away|passes away|kill|killed|am gone|m gone|was gone|were gone|wasnt here|werent here|do it|end it)"
        r".{0,80}\b(debt|loan|owe|pay|family|wife|husband|parents|kids|insurance|collectors?|lenders?)",
        r"\b(does|do|would|will) (the |my |your )?(debts?|loans?) (die|get cancell?ed|be cancell?ed|be forgiven|be written off|pass)\b(?! (on )?(to (my |the )?\w+ )?if i (ignore|dont|do not|cant|cannot|can not|stop|default|never|fall|miss|am late|go))",
        r"(debts?|loans?) (get|gets|be|is) (cancell?ed|forgiven|wiped|written off) (when|if|after) .{0,30}\b(die|dies|dead)",
        r"claim the (insurance )?payout|insurance would (cover|pay|clear)|if i crashed (the|my) car|something happens to me|if im not here|my death"),
        unless=regex(KIN_DIED_EN)),
)
