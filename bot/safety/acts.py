"""Crisis wording without the words "suicide" or "die": what a person in danger does and plans.

The first rules (crisis.py) read despair and the words of death; messages written by others
showed the gap: preparation (pills saved up, a blade kept close, medicine counted out, alcohol
with sleeping tablets), self-harm acts, finality (a last login, belongings or a pet handed over
"for after"), being a burden that others would be rid of, an insurance payout in one's place,
a dangerous place with intent, and a plan with a date. Each cue is a combination (a means with
gathering it, a handover with an "after"), not a sentence, and each names the everyday reading
it must leave alone (a prescription, a repair, a trip, a loan repaid).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue
from .lookalikes import TRADE_BEFORE_ZH  # gone from a trade (fa59)

# High or watery places (crisis.py reads being there; here: staying there a long time).
_HIGH_PLACE = r"天台|楼顶|顶楼|天桥|高架|桥上|桥边|江边|河边|海边|湖边|水库|站台|铁轨|窗台|阳台|悬崖"
_MEANS_ZH = r"药|安定|药片|片|粒|颗|刀|刀片|剃须刀|刮胡刀|美工刀|绳子|绳|炭|煤气|汽油|农药|百草枯|敌敌畏|老鼠药|毒药|枪"
_GATHER_ZH = (r"攒|囤|存(了|下|着)|省下|留着|放着|备着|藏(在|了|好)|备好|准备(好|了)|买好|凑够|凑齐|数了|数好|摆(在|好|了)|倒(出|在)|拆(出|下)"
              r"|分好|一排排|磨(快|好|了)|放在(枕头|床|包|抽屉|桌|手边|身边|洗手台|车上|后备箱)|随时可以用|带(回|了)")
# Medicine or a knife in everyday life: a prescription, a cold, a bill, a return, a recipe, a question.
_CARE_ZH = regex(r"医生(让|说|开)|医嘱|处方|按时|感冒|发烧|胃药|降压|过期|药费|医保|报销|退货|做饭|切菜|厨房用|吗|能不能|可不可以|怎么")
_MEANS_EN = (r"pills?|tablets?|meds|medication|medicine|paracetamol|tylenol|painkillers|antidepressants|sleeping (pills|tablets)"
             r"|knife|knives|blades?|razors?|rope|noose|charcoal|gun|poison|weed killer|petrol")
_GATHER_EN = (r"sav(e|ed|ing)|stash\w*|stockpil\w*|hid(e|den|ing)?|hoard\w*|collect\w*|count\w*|sort(ed|ing)?|laid out|lined up"
              r"|ready|loaded|sharpen\w*|under (my|the) (bed|pillow|mattress)|in (my|the) (bag|wallet|drawer|trunk)")
_CARE_EN = regex(r"doctor|prescri\w*|on time|every (day|morning|month)|cold|flu|expensive|refund|return|cooking|kitchen set"
                      r"|(pictures?|photos?|images?|drawings?) of"
                      r"|\?|\b(can|could|should|do|does|is|are|how|where|which) (i|you|it|they|the)\b")

ACTS = (
    # Preparation no prescription or question explains.
    Cue("preparation", any_of(
        r"(没吃|不吃|没有吃).{0,8}(都)?(留着|攒|存)|混在一起|(跑了|去了|换着)(好)?(几家|不同的?)(店|药店|药房)?.{0,6}(买|每家)|换着(店|药店|药房|地方)买",
        r"(握着|拿着|攥着)(那|一)?(瓶|把|板)药|(那些|这些)药.{0,10}(也)?够(了)?$|(汽油|农药|百草枯|敌敌畏).{0,6}(在|放在)(车|家|柜|床)|炭.{0,8}胶带|胶带.{0,8}炭",
        r"(吃|吞)(下去|下)(了)?.{0,10}(发麻|头晕|想睡|站不稳|好晕)|一次(性)?(吃完|吞完|全吃|全部吃|全吞)|汽油.{0,10}打火机|打火机.{0,10}汽油",
        r"(药|刀|刀片|绳子|农药).{0,4}(都|就|已经)?在(手边|身边|桌上|旁边|枕头)|(够|攒够|存够)(了)?(一)?(小)?(瓶|盒|板|把)")),
    Cue("preparation", any_of(
        r"refill.{0,30}\b(hide|hid|keep|kept|save|saved|stash)|quite a stash|(got|have|bought|keep) (a |some )?(bottle of )?(poison|weed killer|pesticide|rope|charcoal)",
        r"already (took|taken|swallowed) (them|it|the lot).{0,30}(numb|dizzy|sleepy|spinning)",
        r"(pills|tablets|knife|blade|rope|gun|poison) (are|is) (right )?(here|next to me|in front of me|beside me|in my hand)",
        r"(pharmac\w*|hospital|clinic|vet|nurse)\b.{0,40}\b(enough|easy to get|access to|get (hold of|my hands on)|right (medication|drugs|pills))")),
    # Preparation: a means gathered, kept close, counted or mixed; access at work; lethality looked up.
    Cue("preparation", any_of(
        rf"({_GATHER_ZH}).{{0,12}}({_MEANS_ZH})|({_MEANS_ZH}).{{0,12}}({_GATHER_ZH})",
        r"酒.{0,12}(药|安定)|(药|安定).{0,12}酒",
        r"(医院|诊所|药房|药店|兽医站|药剂科).{0,12}(拿药|拿一点|带(了|回)|偷偷|管得松|知道(哪种|吃多少))|(吃多少|多少片|多少粒).{0,6}(就)?够",
        r"(查|研究|搜|算|问)(了)?.{0,10}(多少片|多少粒|吃多少|哪种药|够高|哪个楼|(?<!还款)(?<!还钱)(?<!还债)(?<!还贷)(?<!分期)(?<!协商)(?<!还清)(最不痛|不痛的)|致死|剂量)",
        r"(煤气|燃气)(阀)?.{0,4}(打开|开着)|车库.{0,8}(发动|关上)|(门窗|门缝|窗缝).{0,6}(封|胶带)|(拧开|打开)(了)?.{0,4}(药|瓶)盖"),
        unless=_CARE_ZH, unless_nearby=True),
    Cue("preparation", any_of(
        rf"\b({_GATHER_EN})\b.{{0,30}}\b({_MEANS_EN})\b|\b({_MEANS_EN})\b.{{0,30}}\b({_GATHER_EN})\b",
        r"\b(vodka|whisk(e)?y|wine|alcohol|drink\w*)\b.{0,30}\b(pills|tablets|meds|sleeping)|\b(pills|tablets|meds|antidepressants)\b.{0,30}\b(vodka|whisk(e)?y|wine|alcohol)",
        r"(nurse|pharmac\w*|hospital|clinic|vet)\b.{0,40}\b(take (home|whatever)|taken some|nobody checks|which drugs|how much would|know exactly)",
        rf"\b(keep|kept|carry|carrying) (the |a |my )?(\w+ )?({_MEANS_EN}) (in|under|on|with|next to|by|close)|(lethal|fatal) doses?|how many (\w+ )?(pills|tablets|paracetamol)|(which|what) (building|bridge) is (tall|high) enough|least painful(?! way (to|of) (tell\w*|break\w*|say\w*|explain\w*|ask\w*|bring\w* up|pay\w*|repay\w*|handle|deal|talk\w*|confess\w*|admit\w*|get out of (the|this|my) (debt|loan)))"
        # (nor a way to repay the loans named right after it: "the least painful way to consolidate my loans"; fa59). Only a
        # repayment verb then a debt word (mend73): "least painful way to die with my debts" is read.
        r"(?! (way|method|option) (to|of) (pay(ing)?( off| back)?|repay(ing)?|settl(e|ing)|consolidat(e|ing)|clear(ing)?|handl(e|ing)|deal(ing)? with)"
        r" (my |the |these |those |all |our )?(\w+ )?(loans?|debts?|jiebei|huabei|payments?|bills?|credit cards?|repayments?)\b)"
        r"|(a pack|one) at each|different (shops|pharmacies) so|lid is off|engine (is )?running|gas (on|turned on)"),
        unless=_CARE_EN, unless_nearby=True),
    # Self-harm acts: a tool to the body, wounds and scars renewed, pain as the only relief.
    Cue("self_harm", any_of(
        r"(用|拿)(了)?(剪刀|刀|刀片|美工刀|玻璃|碎玻璃|烟头|圆规|指甲钳|指甲|刮胡刀|剃须刀).{0,12}(划|割|剪|烫|刻|戳|抠|刺)",
        r"(划|割|剪|烫|刻|掐|抠|戳|撞)(了|伤|破|烂)?(几下|几道|几刀|好几道)?(自己|手腕|手臂|胳膊|大腿|腿|手背|手|皮肤|头)",
        r"(撞墙|撞头).{0,8}(血|出血|流血)|(伤口|疤|口子).{0,8}(新的|又|更深|裂开|添|好多|全是)|(新的|又添).{0,4}(伤口|疤)",
        r"血.{0,8}(床单|止不住|流了|一地|染红)|(纱布|创可贴).{0,12}(自己|割|划)",
        r"(只有|才).{0,8}(疼|痛).{0,10}(才|觉得|好受|活[着著]|清静|平静|舒服|没那么)|(疼|痛)(一下|的时候|了).{0,6}(脑子|心里|才)|不(疼|痛).{0,3}(难受|不舒服)",
        r"(掐|烫|打)(得)?自己.{0,10}(青|紫|血|伤|疼)|自己(掐|烫|打|抓)得.{0,8}(青|紫|血|伤|烂)"),
        unless=regex(r"切菜|做饭|不小心|摔|车祸|手术|医生|牙|受伤去医院|骨折"), unless_nearby=True, hides=True, aside_nearby=True),
    Cue("self_harm", any_of(
        r"\b(cut|cutting|carv\w*|burn\w*|pinch\w*|scratch\w*|bang\w*|slash\w*) (\w+ ){0,4}(my ?self|my (arms?|wrists?|thighs?|legs?|skin|forearms?|head|hand))\b",
        r"(scissors|razor|blade|glass|compass|cigarettes?|box cutter) (\w+ ){0,4}(to|on|into) my (arms?|wrists?|thighs?|legs?|skin|forearms?)",
        r"\bi (cut|burn|pinch|scratch) (where|until|till|when|after)|\bcut deeper|\bcuts? (on|in) my|scars? .{0,30}(new|added|again|fresh)"
        r"|(bandages?|plasters?) .{0,20}(from me|myself|i did)|blood all over|until it (bleeds|bleed)",
        r"(only|just) .{0,12}\bpain\b.{0,30}(helps|feel|quiet|calm|makes)|\bpain\b .{0,12}(shuts|quiets|calms|makes me feel)"
        r"|when my body hurts|hurt(ing)? my body|pain is the only thing"),
        unless=regex(r"\bcut (back|down|costs|spending|the|my (spending|costs|losses|hair))|haircut|paper cut|by accident|accidentally|surgery")),
    # A method named on oneself ("I'm going to hang myself", "drown myself in the river"): review49 found "hang myself"
    # read as out of scope; the Chinese twins (上吊, 跳河, 喝农药) were already read. Only verbs whose idioms are spelled
    # out below (review50: "drown myself in work", "threw myself into my job", "gassing myself up", "shoot myself a
    # reminder" are everyday); the exception reads its own clause only. A negation is read by crisis.py.
    Cue("self_harm", any_of(
        r"\b(hang|hanging|hanged|suffocate|suffocating|strangle|strangling|overdose|od) my ?self\b",
        r"\b(gas|gassing) my ?self\b(?! up)",
        r"\b(poison|poisoning) my ?self\b(?! with (junk|fast food|sugar|food|coffee|sweets|snacks|takeaway))",
        r"\b(drown|drowning) my ?self\b(?! in (work|coffee|paperwork|tears|studies|study|books|alcohol|booze|wine|beer|tv|games|music|noise|overtime|jobs?|chores|sorrows?))",
        r"\b(throw|throwing|threw) my ?self (off (a|the|that) (bridge|roof|building|balcony|cliff|tower)|in front of (a|the) (train|car|bus|truck|lorry)"
        r"|under (a|the) (train|truck|lorry))\b|\bjump(ing)? in front of (a|the) (train|car|bus|truck|lorry)\b"),
        unless=regex(r"\b(in (a|the) (game|dream|story|novel)|my character|the character)\b"), unless_nearby=True, negatable=True),
    # Finality: a last login, belongings, passwords or a pet handed over "for after", goodbyes to all.
    Cue("farewell", any_of(
        r"最后一(次|回)(上线|登录|登|上号|打开|用)|(以后|再也)(也)?(不会再?|不)(上|登|登录|用|打开)(这个)?(号|账号|支付宝|微信|app)",
        r"(钥匙|密码|银行卡|工资卡|存款|存折|卡|东西|猫|狗|兔子|鱼缸|宠物|账号).{0,12}(交给|留给|送给|送人|转给|托付|写给|发给|放在.{0,6}抽屉)"
        r".{0,24}(以后|剩下|后面的事|身后|走后|照顾|养着|照看|处理|用得上|拜托|联系不上|万一)",
        r"(交给|留给|送给|转给|托付给?)(了)?.{0,6}(以后|剩下的|后面的事).{0,8}(处理|照顾|拜托)",
        r"(给|留给)(每个人|所有人|大家|家里人|爸妈|父母|孩子|老婆|老公).{0,4}(都)?(写|留)(好|了)(了)?(一封)?信|(跟|给|对)(每个|所有|全部|大家).{0,10}(说|发)(了)?(谢谢|再见|告别|感谢)|(谢谢|感谢).{0,12}(以后)?(见不到|不用再?联系|再也见不)",
        r"道过别|说过再见|告别的话|(签名|个性签名|状态|头像).{0,8}(再见|告别|永别|黑色|全黑)|(改|换)成(了)?.{0,3}(再见|告别)",
        r"(明天|今晚以后|过了今晚|到时候|下周).{0,8}(我)?(应该|就)?(已经)?(不在了|不在这个世界)|过了今晚(就)?(不用|再也)|(看到|收到)这(条|个)消息的时候.{0,8}(已经)?(走|不在)",
        r"说完(了)?(就|就可以)(走|离开)|该交代的(都)?交代|跟着我(只会)?(受苦|遭罪)|(好友|联系人)(都|全)?删(了|光)",
        r"(密码|银行卡|卡|存折).{0,12}(留给|写给|放在.{0,8}抽屉)|(东西|衣服|物品).{0,8}(整理好|装箱|打包).{0,10}(留给|送给|送人)",
        r"(号|账号|支付宝|微信).{0,4}(以后|再也)(也)?(不会再?|不)(上|登|用)|(给|留给).{0,6}留(了)?(一封)?信|留了(一封)?信给|替我(看看|照顾|照看)(我)?(爸妈|父母|爸|妈)",
        r"(钥匙|猫|狗|兔子|鱼缸|宠物).{0,6}给了.{0,12}(以后|照看|照顾|养着)|最后给.{0,6}发了",
        r"(猫|狗|兔子|宠物|鱼).{0,10}(送回|送走|送人|送给|托付|交给).{0,16}(以后|顾不上|照顾不了|养不了|帮我养)",
        r"(朋友圈|动态|空间).{0,8}(三天可见|仅自己可见|关闭|清空|删光|删了).{0,12}(谢谢|再见|告别|对不起)"),
        # (...or a send-off in the same window: someone else's leaving seen off, a retirement, keeping in touch; safe33)
        unless=regex(r"出国|出差|回老家|搬家|旅游|打工|上班|工作|换手机|换号|注销|丢了|找回|还款|还钱|帮我还|还清|结清|卸载"
                     r"|机场|车站|送(他|她|行)|欢送|退休|调走|移民|常联系|保持联系|再聚|回来看"), unless_nearby=True, hides=True),
    Cue("farewell", any_of(
        r"last time (i(ll| will)? |im )?(log|logging|use|using|post|posting|be on)|(wont|will not|never) (be )?(using|use|log into|open) (this|my|the) (account|app)( again)?",
        r"\b(gave|give|giving|handed|left|transferred|wrote (down )?|put|emailed|sent|texted) .{0,30}\b(passwords?|pin|logins?|bank cards?|cards|savings|keys|dog|cat|rabbit|fish( tank)?|pets?|stuff|belongings)\b"
        r".{0,40}\b(after|later|when im not|look after|keep an eye|for good|keep (it|him|her)|check on|handle things|sort things|need (it|them)|anymore|who gets what)",
        # "this is the end of me" said of oneself (not "X will be the end of me", idioms.DEATH_OF_ME; review39)
        r"\b(this is|thats|its|it is) (really |finally |truly )?the end of me\b|"
        r"who gets what|goodbye and thank(s| you) for everything|(texted|told|messaged|called) (\w+ ){0,3}to say goodbye|thank you (messages|notes) .{0,40}(wont|never) see|(status|bio|profile) .{0,24}(goodbye|farewell|black)|posted a goodbye(?! (to|for) (my |our |the )?(old |former )?(job|work|office|team|colleagues?|coworkers?|company|boss|classmates?|students?|clients?|customers?)\b)|said (all )?my goodbyes",
        r"by (this time )?tomorrow .{0,30}(wont matter|gone|not be here|be over)|by the time (you|anyone|someone|they) reads? this|made my peace"
        r"|(said|say) everything i (needed|wanted|had) to say|now i can go",
        r"(recorded|made|wrote) (a |some )?(video|letter|note)s? for my (\w+ ){0,2}\w+ .{0,30}(older|grows? up|when im gone|after)"
        r"|tell my (\w+ ){0,2}\w+ (i|daddy|mommy|mummy|mum|mom|dad) loved|letter for my (\w+ ){0,2}\w+ .{0,30}check on"
        r"|(cards|pin|passwords) .{0,20}in my \w+s? drawer"),
        unless=regex(r"moving|abroad|trip|holiday|new phone|switch\w* (phones?|banks?)|closing (the|my) account|lost|repay|pay (it )?back|\?")),
    # Being a burden that others would be rid of.
    Cue("burden", any_of(
        r"(?<![骂说叫称喊])(我|自己)(就是|只是|是|真是)?[^骂说叫称喊\s]{0,6}(的)?(一)?(个)?(包袱|拖油瓶|拖后腿的|累赘|负担|多余的人)",
        r"只会(给)?.{0,6}(添乱|添麻烦|添债|拖累|丢人)|活[着著](就是|只会|只是).{0,4}(添麻烦|拖累|负担|给家里)",
        r"(没有我|没了我|少了我|我消失|我不在|我走了|我死了).{0,10}(才能|就能|就会|会)?.{0,4}(翻身|好过|过好|过上|轻松|解脱|少一个|清净|干净)",
        r"被我拖累|拖累(了)?(全家|家里|家人|爸妈|父母|老婆|孩子)|不想再(拖累|连累)|(留|活)在(这个)?世(上|界上).{0,8}(丢脸|丢人|多余|拖累|浪费|添麻烦)"
        r"|(?<![他她])(我|自己)\S{0,4}(留|活)在(这个)?世(上|界上).{0,8}(害人|害了)"),
        # Self-reproach over a slip ("连个还款日都记不住") is not being a burden to others.
        unless=regex(r"征信|芝麻分|信用|额度|利息|还款方式|方案|还款日|记不住|忘了|忘记|粗心|马虎|搞错"), unless_nearby=True),
    Cue("burden", any_of(
        r"dead weight|(im|i am|being) (just |only |nothing but )?(a )?burden|holding (everyone|them|my family|us) back|drag\w* (\w+ ){0,4}down",
        r"(without me|once im gone|when im gone|out of the picture|if i (wasnt|werent|was not) (here|around)) .{0,40}(breathe|free|better|easier|back on their feet|relieved)",
        r"deserves? better than (me|a (son|daughter|dad|father|mom|mum|mother|husband|wife|partner) like me)|(their|his|her) lives would be easier",
        r"(be|being) a (weight|burden) on|(back on their feet|better off|be free|easier) .{0,40}(once|when|if) im (gone|out of the picture|not (here|around))"),
        unless=regex(r"credit|score|interest|repayment|plan\b")),
    # Wishes to be gone: sleep without waking, an accident, no reason to go on.
    Cue("passive_wish", any_of(
        TRADE_BEFORE_ZH + r"(永远|彻底)(地)?消失(?!在|于)|(睡着|睡过去|睡下|睡了)(了)?(就)?(别|不要|再也不|永远不)(要)?(再)?醒|不(想|用)再面对(这一切|一切|了)|一睡不起|睡一觉.{0,6}(不用|不再|别|再也不)(醒|起)|(再也|永远)不用(再)?醒|醒不(过)?来|还不如不醒|不想醒|想(一直)?睡\S{0,8}(不|别|再也不|永远不)(要)?(再)?醒(来|过来)?(?!了)",
        r"不(打算|准备|想再)活(了|下去)|这辈子(就|也就)?(到这(里)?|到头)(了|吧)(?![吗么嘛]|\s*[?？])(?!.{0,12}(打工|还钱|还债|上班|干活|工作|贷款|征信|信用))|命(也|都)不(想)?要了|被车撞(死)?(算了|就好了|也好)|(?<!不然哪天)(?<!否则哪天)(出门|路上)(?!.{0,2}小心).{0,4}被车撞(?!.{0,4}(别怪|可别))|少我一个(也)?(没什么|无所谓)",
        r"(没有|没|还有什么|有什么)(什么)?(理由|意义|必要)(再)?(继续|活|撑|坚持)(下去)?|(债|欠款|网贷).{0,8}(跟我|和我|随我)一起(走|埋|没)|对什么都没(有)?期待|(熬|撑|活)下去(又)?有什么(意思|意义|用)"),
        negatable=True),
    Cue("passive_wish", any_of(
        r"wish i (hadnt|had not|didnt|did not) (woken|wake)|(wake|woke) up and wish|no fight left|(world|nobody|no one) (wouldnt|would not|wont|will not) (even )?miss me",
        r"easier (to|if i) (not exist|didnt exist|wasnt here)|hope a (car|bus|truck) hits me|(if|when) a (bus|car|truck) hit me|slate is clean",
        r"no reason to keep (living|going)|giv(e|ing) up on life|disappear from this world|nothing (left )?to look forward to|dont see why i should keep going"
        r"|(there is|theres|there s|i see|is there any) no point (in )?(going on|living|carrying on|being alive|being here)"
        r"|(dont|do not|cant|cannot|no longer) see (any|the|a) point (in|of) (going on|living|carrying on|being alive|being here|life|anything)"
        r"(?=(\s+(anymore|any more|at all|now))?(\s*([^\w\s]|$)|\s+(with all|because|since|cause|due to|and)\b))"
        r"|(it|this|everything|all this|it all) (will|ll) (all )?be over (soon|tonight|tomorrow)|after tonight (it|nothing) (wont|will not) matter|wish i could (just )?(disappear|vanish) (for good|forever)",
        r"(sleep|asleep) and (just )?not wake|never wake up|(rather|prefer to) not wake up|tired of waking up"
        r"|(way|how) to (just )?(not|never) wake up(?!\s+(my|the|him|her|them|your|our|his|their|anyone|everyone|people|kids|baby)\b)"
        r"|(easiest|painless|quickest|quietest) way to (go(?!\s+(about|to|through|into|with|for|if|over|back|ahead|online|in)\b)|die|end it|not be here)",
        r"(debts?|loans?) .{0,20}(die|dies|go|goes|end|ends|be buried) with me|the debt ends with me"),
        negatable=True),
    # An insurance payout in one's place.
    Cue("death_reasoning", any_of(
        r"(保单|保险|意外险|寿险|保险金|受益人|赔付|理赔).{0,20}(我不在|我走|我死|我没了|我出事|还债|还清|够他们|够赔|家里就不用|不用愁|比有我|总比"
        r"|好过|过得好|有保障|有着落)",
        r"(我不在|我走|我死|我没了|我出事).{0,12}(保单|保险|意外险|寿险|保险金|赔)",
        r"(买|投|上)了(一份)?(高额|大额)?(的)?(意外险|寿险|人寿保险).{0,16}(家里|孩子|老婆|他们|以后|就)"),
        # (nor a policy bought for the family: "给我爸妈买了意外险，要是他们出了意外"; safe12)
        unless=regex(r"(爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|亲人|老公|老婆)(去世|过世|走了|死了)|理赔(流程|怎么)|能(不能)?(用|拿)来还|吗"
                     r"|(给|帮|替)(我)?(的)?(爸|妈|爸妈|父母|孩子|老婆|老公|家人|儿子|女儿)\S{0,4}(买|投|交)")),
    Cue("death_reasoning", any_of(
        r"(beneficiary|policy|payout|life insurance|life policy|life cover).{0,50}(clear|pay off|cover|set|better|more for|than i can|than (with )?me|debt|if i (die|was gone|wasnt))",
        r"(took out|bought|have) a (big |large |huge )?(life|accident) (policy|insurance).{0,30}(family|kids|wife|husband|set|covered)"),
        unless=regex(r"late (father|mother|dad|mum|mom|husband|wife)|passed away|died last|\?|can i use")),
    # A place with intent: over the railing, driving into water, a spot where no one would look.
    Cue("place", any_of(
        r"(坐在|站在|在|爬到|爬上|翻过|翻到)(了)?.{0,8}(窗台|栏杆外|栏杆|护栏外|护栏|围栏|楼顶|顶上|天台边|桥边|站台边).{0,8}(外面|悬|很久|边上|边|发呆|往下)",
        r"想往下跳|往下看了很久|(开车|开着车).{0,10}(冲|撞|往.{0,4}(海|江|河|湖|水库|护栏|桥))|不打算(再)?回来",
        r"(没有?人(认识|找得到|发现)?的|偏僻的|荒)(地方|山上|山里).{0,12}(结束|消失|了断|不会连累|永远)|(在那里|在这里)(结束|了断)",
        r"(订|开|租)(了)?.{0,8}(酒店|宾馆|旅馆|房间|民宿).{0,20}(不想让|不让|这样|家人|最后的样子|看到我)"
        r"|(住下|住进|订了|开了|租了).{0,12}(没告诉|不告诉|没人知道|谁也不知道).{0,8}(任何人|家里|家人|在哪)",
        rf"({_HIGH_PLACE})(上|边|顶)?(站|坐|待)了.{{0,8}}(很久|一个小时|半天|好久|一夜|一晚|快一个)",
        rf"({_HIGH_PLACE}).{{0,12}}(在这儿|在这里|在这)(站|坐|待)了.{{0,8}}(很久|一个小时|半天|好久|一夜|一晚|快一个)",
        r"(水库|江|河|湖|海).{0,10}(在那里|想在)(结束|了断)|(爬到|爬上)(了)?.{0,10}(最高|楼)的?顶"),
        unless=regex(r"出差|旅游|开会|度假|晒|散步|钓鱼|露营|信号|还款|能不能|可以吗|多少钱"), unless_nearby=True),
    Cue("place", any_of(
        r"(climbed|standing|sitting|sat|stood) (over|on|outside|at) the (railing|ledge|parapet|barrier)|climbed over",
        # "I stand on the balcony of the 18th floor and look down for a long time" (as 往下看了很久)
        r"\b(look|looking|looked|stare|staring|stared) down (for (a long time|hours|ages|an hour|a while)|at the (street|ground|road|cars))",
        r"(drove|driving|drive|heading) to the (coast|sea|lake|river|cliff|pier|bridge|reservoir).{0,40}(off|not (planning|going) to come back|not coming back|drive in|go in)",
        r"swerv\w* into|(walked|walk|walking) into the (lake|river|sea|water)|(lake|river|sea|reservoir|water|edge).{0,40}\b(drive in|drive into|walk in|go in)\b|(spot|place) .{0,20}(no one|nobody) (would|will) (find|look)",
        r"(hotel|motel|room) .{0,40}(find me|finds me|fake name|deal with it|strangers|family (wont|will not)|not my family)|(looking|staring) at the traffic below"),
        # Read in the same window: a loan question elsewhere in the message ("...can I ask for a
        # repayment plan?") must not cancel a place of danger told before it.
        unless=regex(r"business trip|conference|holiday|vacation|signal|repay|\?"), unless_nearby=True),
    # A plan and a date, and leaving things tidy before going.
    Cue("plan", any_of(
        r"(日子|时间|那天|日期)(我)?(已经)?(选好|定好|想好|定了|选了)|(计划|决定|定|想)好了.{0,8}(结束这一切|了结|走(了|吧)?$|那天|那件事)",
        r"(下周|这周|月底|月初|生日|开学|过年|那天|周[一二三四五六日末]).{0,10}(就是)?(最后一天|就去做那件事|去做那件事|了结|结束这一切)|(就|再)?去做那件事",

        r"(别|不要|不想)(给.{0,4})?留(下)?(烂摊子|一堆麻烦)|就(这个|下个)?(周[一二三四五六日末]|星期.|月底)吧|到此为止|还不上就(走|结束|了结)|给自己最后一个月|(定好|选好)(了)?(时间|日子).{0,12}(收尾|处理|了结)|谁(该)?拿什么|(走之前|走了以后|我走后).{0,16}(处理|还清|理清|收拾|不留|别留|干净|还上)"),
        unless=regex(r"出国|出差|回老家|搬家|旅游|打工|换工作|离职|辞职|上班|下班|放假|出门|发工资|就还|去还|再还|还款日")),
    # An ending set by a time, said beside pulling away ("不想说了，周五以后你就找不到我了"): either
    # alone is everyday speech (a trip, a repaired phone, a paid-off loan; a review aimed ~75
    # look-alikes at them). Alone, and a decision (我已经决定了) or 安排好了 at all, get the net's line:
    # the rules read windows of clauses, so "决定了" cannot be told from "决定了，去找律师" here.
    Cue("plan", any_of(
        r"(不想说了|别问了|别管我|不聊了|别劝我|帮不了我|让我静静|让我静一静|别找我).{0,12}"
        r"(今晚|明天|周[一二三四五六日末]|过了\S{0,3})(以后|之后|过后)?.{0,6}(找不到我|见不到我|联系不上我|跟我没关系了|不会有人再)")),
    Cue("plan", any_of(
        r"(picked|chosen|set|choose) (the|a) (day|date)|(planned|decided|it ends|it will end|itll end|it(ll| will) be done) .{0,24}(this weekend|next \w+|the first|(mon|tues|wednes|thurs|fri|satur|sun)day|end of the month)"
        # (not an ordinary step decided for then: "decided that by the end of the month I'll ask my parents for help"; safe33)
        r"(?!.{0,12}\b(ill|i will|im going to|i) (ask|call|pay|repay|sell|move|talk|apply|start|get|find|look|tell|borrow|phone|visit)\b)"
        r"(?!\W{0,2}(is|will be|was)?\W{0,3}□)",  # ...or an ordinary ending the idioms masked ("sunday is my last day at this restaurant")
        r"(is|will be) the last day(?! (of|for|before|to) (my |the |this |our )?(grace|due|deadline|payment|repayment|offer|sale|promo\w*|discount|trial|extension|instal\w*|application|contract|billing|interest.free|account|credit|loan|bill|card|lease|job|shift))(?! (ill|i will|i) (have|work|be at) (this|my|the) (job|shift|work|office))|thats where it ends|that is where it ends|one more month.{0,30}thats it|my mind is made up",
        r"(leave me alone|dont bother|stop asking|just leave me).{0,30}((wont|will not) matter|it ends|be gone|none of this will matter)"
        r"|no point (anymore|any more)([^\w\s]|$)",
        r"(before i go|when im gone|after im gone|once im gone) .{0,50}(loans?|debts?|sort|pay|tidy|nothing left|stuck)|loose ends|made (a|my) list of who gets",
        r"(loans?|debts?|pay|nothing left|sort\w*) .{0,50}(when|after|once) im gone|made arrangements for everything",
        r"before then .{0,40}(stuck|pay|sort)|(parents|family|wife|husband|kids) (arent|are not|wont be|will not be) stuck with"),
        unless=regex(r"abroad|trip|holiday|vacation|moving|new job|quit|leave (my|the) job|payday|(ill|i will) (re)?pay (it )?(on|by|tomorrow|next|this|at)|repay on|pay on")),
)

# Wordings found missing in later sets (safety_h): an attempt told by its quantity or its marks
# (药都吞了, 烟头烫的疤), a death wished by not eating, a repeat attempt "properly this time",
# looking up how a death would feel or how high is enough, a wheel not turned, "resting soon",
# a farewell to the next life, and blood with no accident to explain it.
EXTRA = (
    Cue("self_harm", any_of(
        r"[0-9一二两三四五六七八九十百几整半]+多?(片|粒|颗|瓶|板|盒)(的)?\S{0,4}药\S{0,4}(都|全|全部|一起)?(吞|吃|喝)(了|下|掉)",
        r"药\S{0,3}(都|全|全部)(吞|吃)(了|下|掉)|(烟头|打火机|烙铁)\S{0,6}烫|烫(的|出来的|出的)(疤|伤|印)",
        r"(饿死|不吃不喝)(算了|就好|拉倒|得了)|不想(再)?吃(饭|东西)?了.{0,8}(死|走|熬)",
        # A failed attempt told of the writer (mend53; "昨晚没死成", "跳了没死成", "没死掉，借呗还在逾期"): where the clause
        # opens with it, or I, a time or a method say it; not of someone else (他没死成), a pest or a bug (这个bug没死成).
        r"(^|\s|我|跳了|吃了|吞了|喝了|昨晚|昨天|前天|那天|上周|上个月|去年|那次|一次|两次|几次|结果|可惜|竟然|居然)(又|还是|竟然|居然|结果|也|都|却)?没死(成|掉)"
        r"|(跳楼|跳河|跳江|跳下去|割腕|上吊|吃药|吞药|喝药|烧炭)(了)?\S{0,6}(却|但|可|结果|还是|也)?没死(成|掉)?(?!人)",
        r"上次没(死|成功|走成)|这次(一定|肯定|真的)?(要|会)?(成功|做到底|不会失手|不会被救)",
        r"(淹死|上吊|跳楼|割腕|吃药|烧炭|服毒)\S{0,4}(疼不疼|痛不痛|难不难受|会不会(疼|痛|难受)|要多久|快不快)",
        r"多高(才|能|就)?(能|会)?(摔死|死)|几(楼|层)(跳下去)?(才|能|就)(会)?死",
        r"\b(research\w*|look\w* up|search\w*|googl\w*) .{0,20}\b(which|what) (\w+ ){0,2}(bridges?|buildings?|roofs?|cliffs?|drugs?|pills?|methods?)\b.{0,30}\b(barriers?|high|tall|enough|lethal|painless|fatal|works?)",
        r"(查|搜|研究)(了)?.{0,8}(哪座桥|哪栋楼|哪个楼|哪里的桥|哪种药).{0,12}(没有|没|高|够|不疼|致死)")),
    Cue("self_harm", any_of(
        r"(流|出)了(好多|很多|一地|不少)?(的)?血|血(流|止)不住|还在流血"),
        unless=regex(r"摔|车祸|撞车|不小心|手术|生孩子|流鼻血|牙|月经|例假|骑车|受伤|诊所|包扎|狗|猫|打架"), hides=True, aside_nearby=True),
    Cue("self_harm", any_of(
        r"\b(do|try|doing|trying) (it|this) again\b.{0,30}\b(properly|for real|right|this time)|\b(this time|next time) (for real|properly|i wont fail|it will work)",
        r"(is it|does it|would it) (be )?(painful|hurt) to (drown|die|hang|jump|bleed|overdose)|painful to (drown|die)|how (long|much) does it take to (die|drown|bleed)",
        r"how (high|tall) (a |the )?(bridge|building|floor|roof|balcony)\w* (has|needs|would have|must) to be|how (high|tall|far) .{0,24}to (die|be fatal|be sure)",
        r"(think|thought|thinking) about (just )?(not (turning|braking|stopping)|letting go of the wheel|driving into|swerving into)",
        r"\b(stopped|stop|stopping|quit) (taking )?(my |his |her )?(heart|insulin|blood pressure)? ?(medicine|meds|medication|insulin)\b.{0,30}(on purpose|purpose|so (i|he|she)|better|cheaper|burden)")),
    Cue("farewell", any_of(
        r"下辈子.{0,12}(再见|永别|拜拜)|(再见|永别|拜拜).{0,6}下辈子",
        r"给自己(挑|选|找)好(了)?\S{0,4}(地方|位置)|(地方|位置).{0,12}(不会|没)有?人(能)?(找到|发现)|用(我的)?(这条)?命(来)?(还|抵|偿)|拿命(来)?(还|抵|偿)",
        r"\b(if|when) (im|i am) not (online|here|around|answering|replying) (tomorrow|tonight|later|by \w+)\b.{0,20}\b(you know why|youll know|you will know|dont look for me)",
        r"\b(wrote|left|written|put) (a |my |the )?(note|letter)s?\b.{0,30}\b(under|on|in) (my|the) (pillow|desk|table|drawer|bed)",
        r"\b(im|i am|shes|she is|hes|he is|she s|he s) ready to (go|die|leave this world)\b(?! (on|to|for|out|home|back|abroad|shopping|with|and))|\b(stopped|not|hasnt|havent|hasn t|haven t) (eating|eaten) (in|for) (days|a week|weeks)",
        r"\bnothing matters (now|any ?more)\b.{0,30}\b(made (my|the) (choice|decision)|decided)|\b(sent|texted) (me )?(a )?(photo|picture|pic) of (the |her |his |some |a lot of |all )?(pills|tablets|rope|knife|blade|blood|the bridge|the roof)",
        r"(录|写)(成|好|了)+\S{0,6}(语音|视频|信|话).{0,20}(等到那天|到时候|等我走了|我走了以后)|(别|不要|不用)替我还(债|钱|贷款|网贷)",
        r"\b(drove|went|walked|came|climbed) (up )?to the (cliffs?|bridge|river|lake|roof|reservoir|tracks|edge)\b.{0,40}\b(sitting|standing|sat|stood) (here|there)",
        r"\bcan have my .{0,40}\b(thinks? (im|i am) (moving|leaving|going)|doesnt know|has no idea)|\btold (\w+ ){0,3}(she|he|they) can have my\b",
        r"(翻过去|跳下去|冲过去|走进去|迈出去|松手)(就)?(能)?(解脱|一了百了|结束|什么都不用|不用再)|等到那天(再)?(发给|交给|给)",
        r"(撑|熬|活|挺)不到(下个月|下周|明天|过年|月底|年底|下个星期|那天|发工资)|最后一次\S{0,6}(发消息|发信息|联系|说话|留言|打扰)",
        r"(用|按)(我)?自己的方式(解决|了结|结束|处理掉)(?!.{0,6}(还|钱|款|协商))",
        r"(今晚|今天|这几天|晚上)\S{0,8}(就我一个人|只有我一个人|没人).{0,3}(正好|刚好|机会来了)",
        r"(关在|锁在)\S{0,4}(房间|屋里|卫生间|浴室|车里).{0,12}(窗户|窗|门)\S{0,4}(已经)?(打开|开着|开了|锁上|关死)",
        r"made (my )?peace with (it|this|my decision|everything|that)|(need|have) to write (the|my) (letters|notes|goodbyes?)",
        r"\b(wait|waiting) (until|till|for) (my |the )?(\w+ ){0,2}(leaves|to leave|is gone|are gone|goes out|is asleep|are asleep|falls asleep|to go out)\b(?!.{0,30}(call|pay|talk))",
        r"only way out\b.{0,30}\b(me not|not being (here|around|alive)|to die|death|being gone|ending it)|\bme not being (here|around|alive)\b",
        r"\b(take care of|look after) (mum|mom|mother|dad|father|my \w+|the kids|her|him) (if|when) (anything|something) happens",
        r"(如果|要是)\S{0,10}(没回|没有回|不回)(消息|信息|你|微信).{0,10}(走了|不在了)|就是我(已经)?(走了|不在了)",
        r"不想(再)?(撑|熬|坚持|扛)(下去)?了|坚持不下去(了)?$",
        r"\b(tonight|tomorrow|tomorrow (morning|night)|this weekend|before (work|dawn|morning))\b.{0,40}\bthe (bridge|roof|rooftop|tracks|river|cliff|ledge|station platform|reservoir)\b(?!.{0,20}(walk|run|jog|picnic|meet|work))",
        r"(写|留|录)(好|了)+(给|留给)(每个人|所有人|大家|家里人|爸妈|家人|孩子|老婆|老公|女儿|儿子)的(话|信|遗言|视频)",
        r"以后(不能|没法|没办法|不能再|再也不能)(孝顺|照顾|陪)|过完(这个)?(生日|年|节|这周|今天).{0,4}(就)?不(过|活)了|最后一个生日",
        r"(决定|想好)(了)?.{0,16}(就走|就结束|就了结)(了|吧)?$|之前.{0,12}(还|处理|交代|安排).{0,6}就走(了|吧)?$",
        r"\b(told|showed) (\w+ ){0,3}where (my will|the will|the passwords|my passwords|the keys|my papers) (is|are)|which drawer (has|holds) (the|my)",
        r"how many (of )?(my |the )?(\w+ )?(pills|tablets|antidepressants|meds|paracetamol)\b.{0,20}\b(would|to) (take|kill|do it|be enough)",
        r"\b(i|ill|i will|im going to|i m going to|im gonna) (rest|sleep) (soon|forever|for good|in peace|finally)\b|\bwill rest soon\b",
        r"sorry for everything\b.{0,60}\b(rest|goodbye|gone|love you|take care|forgive)",
        r"\b(he|she|they) (wont|will not|isnt going to|is not going to) be (here|around|alive) (by|for|at|after|much longer|tomorrow)",
        r"\b(ready|time|going) to (go|leave|check out|catch the (bus|train))\b.{0,40}\b(goodbye|farewell)|if you know what i mean\b.{0,20}\b(goodbye|bye|farewell)"
        r"|\b(ready|time|going) to (check out|catch the (bus|train)|go|leave)\b.{0,10}\bif you know$",
        r"(garage|closed|shut).{0,40}\b(car|engine) running|\b(car|engine) running\b.{0,40}garage|how close i came")),
    Cue("preparation", any_of(
        r"\b(i )?(have|ve got|got) (the|enough|all the|my) (pills|tablets|rope|noose|charcoal|poison|blade)( ready| here| with me| now)?$",
        r"(药|绳子|炭|刀片|农药)(我)?(已经)?(都)?(有了|在手上|在身上|带着呢)$"),
        unless=_CARE_EN),
    Cue("farewell", any_of(r"(交代|安排|准备|处理)(好)?(了)?(我的)?后事"),
        unless=regex(r"医生|医院|手术|病危|抢救|老人|她的后事|他的后事|(爸|妈|奶奶|爷爷|外公|外婆|父亲|母亲|老人家)(的)?后事|(奶奶|爷爷|外公|外婆|老人)(说|要)")),
)
