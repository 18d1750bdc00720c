"""The words of crisis, as cue tables read by crisis.py: despair and hopelessness, farewells,
self-harm done or under way, a method with a time or a place, wishes to be gone, talk of one's own
death and reasoning about whether dying would cancel the debt, in Chinese (ZH; the English table is
in despair_en.py).

Each cue is a pattern of meaning (a person + a finality cue, a method + a time, a place + being
there), written for the folded, idiom-masked text of one clause or two neighbouring clauses, and
names the everyday readings that cancel it (a relative's estate, a repaid loan, a chore on a
roof). The places, methods, times and chores it names are in scenes.py.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_ZH, any_of
from .cue import Cue
from .idioms import AGREED_OTHERWISE
from .lookalikes import CITY_GOODBYE_ZH, RELATIVE_DIED_ZH
from .scenes import (CHORES_ZH, HIGH_ZH, JOURNEY_ZH, JOKE_ZH, KIN_DIED_ZH, LAUGH_ZH, LOST, ME, METHOD_ZH, PLACE_ZH, REPAID, TIME_ZH)

# A working day or a long shift: what makes "好累" and "我不行了" mean exhaustion.
_WORKDAY_ZH = regex(r"加班|熬夜|通宵|上班|下班|值班|夜班|干活|打工|搬砖|工地|老板|客户|业绩|项目|开会|出差|跑单|送单|工作(到|了|一整|一天|太)")

# The person, the condition and the death of the death_reasoning cues below (two cues: whose death it is decides
# which reading of a relative's death clears it; safe40).
_DEATH_IF = r"要是|如果|假如|万一|是不是|真的|哪天"
_DEATH_VERB = (r"死|死了|死掉|不在了|" + LOST + r"|走了(?!.{0,12}(房子|租出|出国|打工|上班|上学|读书|留学|工作|外地|搬家|出差|当兵))|去世|自杀|跳下去|出事|出了事"
               r"|出意外|有个三长两短|有什么三长两短")
_DEATH_AND_DEBT = r".{0,30}(债|欠|网贷|借呗|花呗|贷款|还款|不用还|保险|意外险|赔|家里|爸妈|父母|老婆|孩子|家人|不用面对|不用管|勾销|清零)"

ZH = (
    # Naming suicide, self-harm or a wish to die. A business that "撑不下去" is not a person.
    Cue("explicit", any_of(
        r"自杀(?!式)|轻生|寻死|自尽|寻短见|短见|自残|自伤|自我了断|了此残生|一死了之|一死百了",
        r"死了(算了|干净|就好|一了百了|也好|比活[着著])|死了(才|就)?(能)?(解脱|轻松)|不如死|生不如死|生无可恋|想死|求死|去死|(就|都|真)该(去)?死",
        # (code-mixed: "借呗 overdue 好 scared, 想 die"; review93 #8, the lead s23)
        r"想\s?死|想\s?die(?![a-z])|不想\s?live(?![a-z])",
        r"不想(再)?活|不活了|活不下去|活不了了|活不成|没法活|活够了|活腻|没有活路|没活路|走投无路(?!\S{0,2}(才|时|的时候|之下))|无路可走(?!\S{0,2}(才|时|的时候|之下))|没(有)?(任何)?出路了(?!吗|么|呢|没)|只有死路|死路一条",
        # (结果 as a verb, "to end", only with 了 and 自己: 结果自己也没钱 is "and then I had no money"; review62)
        r"了结自己|结果了(我)?自己|结束(自己|我)?的?(生命|性命|这条命)|结束自己|了断|自我了结|想不开|做傻事|走极端",
        # (上吊 not as the start of 吊灯 or 吊顶: "楼上吊灯坏了"; mend53)
        r"跳楼|跳河|跳江|跳海|跳桥|跳湖|卧轨|上吊(?!灯|顶|扇|床|兰|篮|牌|坠|带裙|带衫)|服毒|吞药|烧炭"), negatable=True,
        # a relative's way of talking, with the speaker saying they are well ("奶奶天天说她活够了，其实身体好得很")
        unless=regex(JOKE_ZH.pattern + rf"|({KIN_ZH})\S{{0,6}}(说|念叨)(她|他).{{0,16}}身体(好得很|很好|挺好|硬朗)"
                     # someone's catchphrase, unless the speaker then says they mean it ("…口头禅，可我是真的不想活了")
                     r"|口头禅(?!.*(真的|现在|这次|如今|可我|但我|而我|可是我|我是认真))"),
        hides=True, aside_nearby=True),  # hides67: the joke sets aside only its own window
    # (the particle 啦/喇/咯/嘞 says what 了 says when the writer says it of themselves: Cantonese "我頂唔順啦" reads
    # "我撑不住啦", mend48; said of a phone, the heat or a busy week without 我 it is everyday talk, review49)
    Cue("explicit", any_of(r"撑不下去|熬不下去|(?:撑|熬|扛|顶)不住了|(?<![得被让])(?:我|自己)(?:真的|真是|实在|快要?|已经|都|也|再也|是)*(?:撑|熬|扛|顶)不住(?:啦|喇|咯|嘞)"),
        negatable=True,
        # nor the time of a coping habit ("撑不下去的时候我就去跑步")
        unless=regex(r"(公司|店|生意|厂|企业|门店|饭店|餐厅)\S{0,4}(撑|熬|扛|顶)不|(撑|熬|扛|顶)不(下去|住)(了|啦)?的?时(候)?"),
        unless_nearby=True),
    # ...and said with no one named, unless of a phone's battery, the heat, going to sleep, a weekend out (review49: "我的手机电量撑不住啦",
    # phrases, not single characters: 睡不着, 困在, 笑不出来 are distress (review50);
    # "熬不住啦，先睡了"); a cleared match still sets the window aside, so the classifier's lean alone does not decide.
    Cue("explicit", any_of(r"(?:撑|熬|扛|顶)不住(?:啦|喇|咯|嘞)"), negatable=True,
        unless=regex(r"(公司|店|生意|厂|企业|门店|饭店|餐厅)\S{0,4}(撑|熬|扛|顶)不|(撑|熬|扛|顶)不(下去|住)(了|啦)?的?时(候)?"
                     r"|电量|电池|没电|手机(快)?没电|天气太?热|太热|热得|好热|热死|太冷|冷得|先睡|去睡|睡觉了|睡了|爬山|放松一下|周末去|休假|哈哈|笑死|空调"),
        unless_nearby=True, reach=True, hides=True),
    # Hopelessness about life itself (not about a credit score or an answer: 没意思 alone is "boring").
    Cue("hopeless", any_of(
        r"人生(真的|已经|彻底)?(没有?|毫无|看不到)(任何)?(希望|意义|盼头|意思|奔头)",
        # life itself said to have no meaning now ("生活已经没有意义了 借呗还不上", safe11); not 生活费,
        # nor a question about it ("…还有意义吗")
        r"(?<!这种)(生活|日子|活[着著]|这一生|一切)(?!费|用品|方式|习惯|质量|水平|里|中)(真的|已经|彻底|早就|根本)*(没有?|毫无)(任何)?(意义|盼头|奔头)(了)?(?!吗|么|呢)",
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
        # one's own death asked for, with failing to pay as its condition ("借呗还不了就杀了我吧"; safe16): a wish
        # said by the writer, not a threat told (threats.py) nor defiance to someone ("你们杀了我吧")
        r"^(?!.*(你们?|他们?|她们?)(就|干脆)?(杀|弄死|打死))\S*(还不上|还不了|还不起|还不清)\S{0,4}(\s(就|干脆|那就|不如)?|(就|干脆|那就|不如))(让人)?((杀了|弄死|打死)我|要(了)?我的(小)?命)(吧|算了)",  # (…就要了我的命吧: review28)
        r"(这辈子|这一辈子|这一生|人生)(算是|就|已经|彻底|基本)*(完了|毁了|到头了|废了)",
        r"(一天|一秒|一分钟|一刻)(都|也)不想(再)?(过|活)(下去)?了|从这个世界下车|(人生|生命)(这趟车)?(我)?(想)?下车",
        r"(?<!说)(?<!骂)(?<!讲)(我|自己)(觉得)?(这种人)?(活[着著])?(就是|只是|纯粹)?(在)?浪费(空气|粮食)",
        # agreeing with a collector who says one should not live ("说我活着浪费空气，我也觉得他说得对")
        rf"(活[着著]|该死|去死|死了|废物|浪费空气|不配活|累赘).{{0,16}}(我(也)?(同意|赞同|认同)|我也这么觉得|我觉得也是|说得(对|没错)|说的(对|没错)|确实是这样|(没|没有)说错|有道理|想想也是|说得也是|说的也是|没毛病|{AGREED_OTHERWISE})",
        rf"{ME}(就是|只是|是|就是个|只是个)(一个|个)?(家里的?|大家的?|他们的?)?(累赘|负担|拖累|多余的人)")),
    # Tiredness said of life or of oneself ("活着好累", "我不行了"): despair, unless the message tells
    # of work or a long day, where it is exhaustion ("我不行了 太累了 加班到现在", "每天加班到十二点，
    # 活着好累"). Stronger words in the same message ("不想活了") are read by the other cues.
    Cue("hopeless", any_of(r"活[着著](真的|就是|只是|好|太|真|特别|实在)?(累|辛苦|苦|难)",
                           r"我(真的|是真的|真|已经|彻底)?(快)?不行了"),
        unless=_WORKDAY_ZH, hides=True, aside_nearby=True),
    # Goodbye to all or to family, unless a time to meet again is set ("再见了大家，明天见": it ends a
    # day, not a life; review23).
    Cue("farewell", any_of(r"再见了?(大家|各位|所有人|爸|妈|爸妈|家人|老婆|孩子)"),
        # (never when the meeting again is denied or elsewhere: 下次见不到我了, 下次见面应该是在葬礼上; review24)
        unless=regex(r"^(?!.*(见不到|见不着|见不了|葬礼|最后|永别|不在了|下辈子|天堂|那边|来世|没有下次)).*"
                     r"(明天见|回头见|下次见|周[一二三四五六日天]见|下周见|下次再聊)(?!不|面应该)")),
    # Farewells. "再见" alone is how a chat ends, so it counts only when said to the world or to all.
    Cue("farewell", any_of(
        r"(跟|和|向|对)?(这个)?世界(说)?(再见|告别|永别|拜拜)|永别",
        r"再见了?\W{0,3}(这个)?世界",
        # said to the world, 人间 or this life with any goodbye word (拜拜了人间, 再见了这个烂透的人生; review73): 拜拜 alone
        # stays how a chat ends
        r"(再见|拜拜|拜拜咯|别了|永别)(了|啦|咯|吧)?\W{0,3}(这个|这)?\S{0,4}?(人间|人世|尘世|世间|这辈子|(?<![新旧外])世界)(?!上?(最|第一)|杯|级|各地|地图|名著|之窗)"
        r"|(再见|拜拜)(了|啦|咯|吧)?\W{0,3}(这个|这)\S{0,4}的(人生|生活)",
        r"遗书|绝笔|头七|(我的)(葬礼|坟|骨灰)|给我(烧纸|上坟)",
        r"最后(一次|一条)(发消息|发|跟\S{0,4}说|说话|留言|联系|打扰)|我(的)?最后一(晚|天|个晚上)"
        # the last day alive, set beside an ordinary last day ("上班的最后一天，也是我活着的最后一天"; safe33)
        r"|(活着|活在(这个)?世上|在(这个)?世(界)?上|人生|生命)(的)?最后一(天|晚|个晚上)",
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
        r"(站在|坐在|爬上|爬到|翻过|翻到)\S{0,3}(窗台|窗户外|栏杆|护栏|楼边|边缘)|把(猫|狗|宠物|孩子)\S{0,4}托付|(后面的事|身后事|剩下的事)\S{0,4}(安排|交代|处理)好"),
        # clothes given away in a clear-out (断舍离, 穿不下的, 换季): the wardrobe's, not the writer's things (safe253)
        near=regex(r"断舍离|穿不下|不穿的|不穿了|换季|清爽|旧衣|闲置|二手|收纳|一半|几件|一部分|部分")),
    # "今晚就走了" is a farewell unless the message says where to (出国, 回老家, 上班).
    Cue("farewell", any_of(rf"({TIME_ZH})(我)?(就)?(要)?(走了|离开了)", r"(不想|不会|再也不|不打算|不准备)(再)?回(来|去)了",
                           r"(还)?不如(我)?(自己)?先走(了|吧|一步)?",
                           r"等\S{0,10}(完|以后|之后)(我)?就(走|离开)(了|吧)?|(安安静静|安静|悄悄|默默)(地|的)(离开|走)(?!.{0,4}(这个城市|这里|公司|单位))",
                           ),
        unless=regex(JOURNEY_ZH)),
    # ...and relief set for a time, unless it is the loan paid off ("今晚就把借呗还上 明天就解脱了"; safe12)
    # (…also with 之后/以后 and the writer between: "今晚之后我就解脱了"; safe33)
    Cue("farewell", any_of(rf"({TIME_ZH})\S{{0,3}}(结束|了断|解脱)(吧|了|自己|一切|这一切)|({TIME_ZH})(之后|以后|过后)(我)?(就)?(能|可以|会)?(解脱|了断)(了)"),
        unless=regex(JOURNEY_ZH + "|" + REPAID)),
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
        rf"(在|站在|坐在|到了|来到|走到|爬上|上了|待在|站上|坐上|(?<!船)到)\S{{0,6}}({PLACE_ZH})",  # (船到桥头自然直: a saying)
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
        unless=regex(rf"(住在|家住|家在|老家在|店在|公司在)\S{{0,4}}({PLACE_ZH})|({PLACE_ZH})(长大|出生|生活)|{CHORES_ZH}|(?<!不是)(?<!没)(?<!没在)开玩笑|玩笑话"
                     # a goodbye said to a city in the same window (跟武汉说再见: a move; lookalikes.py, safe40)
                     rf"|{CITY_GOODBYE_ZH}"
                     # a pit one jumped into is a bad loan ("借呗这个坑我算是跳下去了", safe11)
                     r"|(坑|火坑|深坑)\S{0,8}跳(下去|进去|了下去)|跳(进|下)\S{0,4}(坑|火坑)"
                     # the place word naming a service at it ("我在大桥收费站"), with no jump or end after it (safe24; not a
                     # car park, a parking lot by the river is where one drives in: safety_holdout2)
                     rf"|({PLACE_ZH})(的)?(收费站|收费口|饭店|餐厅|饭馆|超市|商场|售票处|派出所)(?!.{{0,20}}(跳|死|结束|了断|不想活|不回|往前开|开下去|开进))"),
        unless_nearby=True, hides=True, aside_nearby=True),
    Cue("passive_wish", any_of(
        r"(没有我|没了我|少了我|我不在了?|我走了|我死了|我消失了?|我没了)(以后|之后)?.{0,12}(会|就|都|也|才)?(更好|好过|过得更好|轻松|解脱|清净|清静|省心|好受|不用再?|没负担|还好一点|好一点|好些)",
        rf"{ME}(要是|如果|就这样|哪天|突然)*(消失|不在|死)(了)?.{{0,8}}(没有?人|不会有人|谁都不会|谁也不会)(会)?(发现|知道|在意|在乎|注意|关心|难过|想我)",
        r"(想|让我)(就这样)?(从这个世界上?)?消失(?!一段时间|一阵|几天|一下)|(想|好想|真想|只想)\S{0,2}消失(?!一段时间|一阵|几天|一下)",
        r"(不想|不要|别|不愿意?)(再)?醒(来|过来)|(再也|永远)(不|别)(要)?醒|一睡不醒|睡过去\S{0,2}(再也|永远)|永远(地)?睡|长眠",
        r"(要是|如果)(我)?没(有)?(出生|生下来)")),
    # 一了百了, 解脱, 结束这一切: despair, unless the message is about paying the loan off.
    Cue("passive_wish", any_of(
        r"(想|只想|好想|求)\S{0,2}解脱|(不如|干脆)(早点|早些)?(结束|了结|解脱)|结束(这一切|一切)|一了百了"),
        unless=regex(REPAID), hides=True, aside_nearby=True),
    # Talk of one's own death (masked idioms aside), unless the one who died is a relative. (Not 装死,
    # playing dead, the idiom for ignoring the collectors: "我装死不理他们会怎样" is going dark; only those
    # words are passed over, so "我不是装死，我是真的想死" is read by its own 死. cls21)
    Cue("death_talk", any_of(
        # (not a thing of mine that "died": 我们的项目死了, 我的手机死了; safe82)
        rf"{ME}(?:(?!{KIN_ZH})\S){{0,6}}(?<!装)(?<!项目)(?<!产品)(?<!公司)(?<!生意)(?<!手机)(?<!电脑)(?<!系统)(?<!网站)(?<!基金)(?<!股票)(?<!面团)死(?!活|定|心|机|板|贵|磕|撑|扛|党|缠|要面子)",
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
    # (A will made as paperwork in the window itself: after a check-up, with a notary or a lawyer, for the house;
    # safe36. Local: another cue in the message, or this one in another window, is still read.)
    Cue("farewell", any_of(r"遗嘱|遗言"), unless=regex(KIN_DIED_ZH + rf"|(他|她|老人|{KIN_ZH})(的|留下的?)(遗嘱|遗言)|留下的(遗嘱|遗言)|遗嘱(里|上)\S{{0,4}}(留|给|分)"),
        near=regex(r"(体检|公证|律师)(完|后|之后|以后|回来|结果\S{0,4})?\S{0,4}(写|立|做)(了|好)?(一)?(份)?遗嘱|遗嘱\S{0,6}(公证|律师|房产|存款)")),
    # Entrusting kin "from now on" ("以后照顾好妈妈", "妈就交给你了"), unless the message says
    # where the speaker is going (abroad, to work, to hospital).
    Cue("farewell", any_of(
        rf"(以后|今后|往后)(你|你们)(要)?(帮我|替我)?(好好)?照顾(好)?(我)?(的)?({KIN_ZH}|自己)",
        rf"(帮我|替我)(好好)?照顾(好)?(我)?(的)?({KIN_ZH})|(对不起|原谅我).{{0,12}}照顾好",
        rf"({KIN_ZH}|孩子们)(以后)?(就)?(交给|拜托|托付给|靠)(你|你们)了",
        # ...or to a sister ("以后爸妈就全指望她了", safe12)
        r"以后(爸妈|我爸妈|父母|家里|孩子|我妈|我爸|这个家)(就)?(全|都|只能)?(指望|靠|交给|拜托)(你|她|他)了",
        r"(卡里|卡上|存款|账户里|银行卡).{0,10}密码(是|在|写在|就是)"),
        unless=regex(JOURNEY_ZH + r"|住院|手术|出门|工地|外地")),
    # "I won't trouble anyone again", unless it is thanks for a question answered.
    Cue("farewell", any_of(r"不会再(麻烦|打扰|拖累|连累|烦)(任何人|大家|你们|你|家里|谁)|(再也|以后)不会(麻烦|打扰|拖累)"),
        unless=regex(r"问题(都|已经)?解决|谢谢|感谢|多谢"), hides=True),
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
    # A person in general ("人死了欠的钱还要还吗", "借款人去世了以后债谁还") beside a relative's death told with its
    # cause, time or kin anywhere in the message (我大伯上周因病走了, 我爸因为脑溢血走了): the relative's debt asked
    # about (safe40). The writer's own death (我, 自己, 本人 below) is never cleared by it. (safe63 read the borrower in
    # the third person, 借款人去世了 债谁还, as a general question; removed by the lead: it hid "想确定一下，这样我走得也安心"
    # after that question, held-out 42.)
    Cue("death_reasoning", any_of(
        rf"(人|借款人|欠款人)({_DEATH_IF})*({_DEATH_VERB}){_DEATH_AND_DEBT}"),
        unless=regex(KIN_DIED_ZH + "|" + RELATIVE_DIED_ZH), hides=True, aside_nearby=True),
    # ...and wanting to follow the one who died ("我爸因病走了…我也想跟他去"), read wherever a death is told: the
    # relative's death clears the reasoning about their debt, never the writer following them (safe40).
    Cue("farewell", any_of(r"(?<!不)(?<!没)(想|要|只想|好想|真想|打算)(跟|随)(着)?(他|她|他们|爸|妈|爸爸|妈妈|爷爷|奶奶|外公|外婆|老公|老婆|儿子|女儿)(一起)?(去|走)(了|吧|算了|啊)?(?=\s|$)"),
        requires=regex(KIN_DIED_ZH + "|" + RELATIVE_DIED_ZH), negatable=True),
    # ...and the writer going too, said after the death (review54: "我爸上个月因病走了，人死了债是不是就没了，那我也走了算了",
    # "…我真想也去陪他"): the relative's death clears the reasoning about their debt, never the writer's own wish (mend52).
    Cue("farewell", any_of(r"我也(就)?(走|死|去|跟着去|跟着走)(了)?算了|(干脆|索性)(我)?也(走|死|去)"
                           # (也 or the other side: "我想去陪他" is a husband alive in hospital, review44's twin)
                           r"|(?<!不)(?<!没)(想|要|只想|好想|真想|打算|干脆)?也(去)?(陪|找)(他|她|他们|爸|妈|爸爸|妈妈|爷爷|奶奶|外公|外婆|老公|老婆|儿子|女儿)(去|了|吧|算了)?(?=\s|$)"
                           r"|(去)?(那边|地下|天上|另一个世界)(陪|找|见)(他|她|他们|爸|妈|爸爸|妈妈|爷爷|奶奶|外公|外婆|老公|老婆|儿子|女儿)"),
        requires=regex(KIN_DIED_ZH + "|" + RELATIVE_DIED_ZH), negatable=True),
    Cue("death_reasoning", any_of(
        rf"(我|自己|本人)({_DEATH_IF})*({_DEATH_VERB}){_DEATH_AND_DEBT}",
        r"(债|欠款|网贷|借呗|花呗|贷款)\S{0,20}(人死|(?<![要快])死了|死后|去世后|一死)",
        r"(意外险|保险金|寿险|保险).{0,12}(我(不在|走|死|出事)|还清)|(我(不在|走|死|出事)|出事).{0,12}(意外险|保险金|寿险|保险)"),
        unless=regex(KIN_DIED_ZH)),
    # An urge toward a method, wanted by the writer (round 17: "每天下班路上都想往车底下冲"): under a vehicle,
    # into traffic, out of a window; not a fear of it ("我可不想撞车": negated), not a crash told.
    Cue("self_harm", any_of(
        r"(想|总想|老想|好想|真想|只想|恨不得|差点)\S{0,4}(往|朝|向)\S{0,2}(车底|车轮|车头|车前|车流|马路中间|铁轨|轨道)(下|里|上)?(面|去)?\S{0,2}(冲|钻|撞|跳|躺|扑|走)",
        r"(想|总想|老想|好想|真想|只想|恨不得)\S{0,2}(去)?(撞车|被车撞|冲(向|进)?(车流|马路中间)|撞(上)?(去|大货车|卡车|火车))",
        r"(想|总想|老想|好想|真想|只想|恨不得)\S{0,2}从\S{0,6}(窗户|窗台|阳台|楼上|楼顶|天台)\S{0,2}(跳|跳下去|跳出去|翻出去)"),
        negatable=True, unless=regex(r"开车|驾校|练车|司机|车技|堵车|刹车|刹不住|倒车")),
    # "Others better off without me" said with 要是/如果 and what they could do then (round 17: "要是没有我，
    # 他们就能安度晚年了"); not what they would have to do ("他们就得自己做饭了").
    Cue("passive_wish", any_of(
        r"(要是|如果|假如|若是|没有我|没了我|少了我)\S{0,2}(没有我|没了我|少了我|我不在了?|我没了|我消失了?)(这个(人|累赘))?(?!的|帮|在|来|去|签|同意|照顾|管|看着|盯着)\W*"
        r"(他们|她们|他|她|爸妈|父母|我爸|我妈|家里人?|家人|老婆|老公|孩子们?|大家|全家)\S{0,3}(就|才|也|都)?(能|可以|会)(\S{0,3})?"
        r"(安度晚年|过上好日子|过得更好|过好日子|好过|轻松|解脱|享福|安心|松口气|不用(再)?(受累|操心|担心|还债|受苦|受罪)|幸福|开心|快乐)")),
)
