"""Everyday readings of a relative's feared danger, read by others.py's fear cue on the cue's own words (mend54,
review55 #2 and #3): medicine beside 喝药, and an accident right after "hurt himself/herself". Each clears only its
own matched words, never the sentence: a crisis story's job lost, age or "alone" is no accident, and 喝药 said of a
relative with no medicine word beside it is most often poison.
"""

from __future__ import annotations

# Words of medicine read beside 喝药 (mend54): a treatment, a dose, an illness, a doctor.
MEDICINE = (r"调理|降压|降糖|控制|治疗|按时|忘记|忘了|中药|西药|医生开|感冒|发烧|咳嗽|血压|血糖|打针|输液|吊针|治病|看病|病好|疗程|退烧|止痛|买药|药费|药钱|医药费|买不起药|开药|配药"
             r"|饭前|饭后|睡前|早晚|消炎|过敏|方子|补身体|补一补"
             # a dose or a course (review58: "每天两片", "一天两次", "至少吃半年") and a named illness are medicine
             r"|(?<![0-9一二两三四五六七八九十几半吞])(?<!吞了)(?<!吃了)[0-9一二两三四五六七八九十几半]+(片|粒|颗|袋|包)(?!\S{0,3}吞)|(一天|每天|一日|每日)[0-9一二两三四]+次|至少吃|吃完|吃半年|吃一年"
             r"|糖尿病|高血压|胃病|肝病|肾病|慢性病|老毛病")  # (吞了十几片, 三颗都吞了: an overdose, not a dose; review59)
# (review57: time and dose words — 每天, 一天, 几次, 片, 就好 — and 医生说 are no medicine: "我怕我老公会喝药，他每天都说对不起我",
# "…医生说他抑郁症很严重", "她说喝了就好了，什么都不用管了" are a relative's crisis)
NOT_MEDICINE_BEFORE = "".join(f"(?<!{word})" for word in ("感冒了", "感冒", "发烧了", "发烧", "生病了", "生病", "病了", "医生说", "大夫说",
                                                         "按时", "每天", "天天", "血压高", "住院", "手术后", "术后"))
# The mishap is read only in the words right after "hurt himself/herself" (mend54, review55 #3: "he lost his job", "she's
# 19", "alone all week" told in the sentence are the words of a crisis story, not of an accident).
HURT_MISHAP = (r"\b(?:hurt|harm|cut) (?:himself|herself)(?: (?:again|badly|seriously|really|too))? (?:(?:while |when |by )?(?:carry\w*|lift\w*|slip\w*|fall\w*|climb\w*"
                r"|play\w*|working|shopping|gardening|cooking|cleaning|fixing|repairing|moving|using)\b|(?:on|at|in|with|from|down|off|up) (?:the |a |his |her |work |that )?"
                r"(?:job|work|stairs|steps|ladder|garden|kitchen|machine\w*|site|farm|factory|shop|gym|bike|field|ice)\b"
                r"|by accident|accidentally)")
# (review57: a roof, a bathroom, tools and "again" are where and how self-harm is told, not an accident's words; review58:
# nor is walking, "…hurt himself walking off the bridge":
# "…will cut herself in the bathroom again", "…hurt himself on the roof tonight", "…with the tools in the garage")

# An accident or a sport feared, not a wish (in the same sentence): "I'm worried my son will hurt himself on the trampoline",
# "怕我爸骑车摔着"; the price idiom 跳楼价 and 死磕 (keep at it) are no danger. (Not "savings" here: it hid "…kill himself,
# he lost his savings"; "take his life savings" is read off the cue's own words instead; mend54.)
MISHAP = (r"运动|打球|踢球|骑车|开车|工地|干活|摔|滑倒|受伤|跳楼价|死磕|去死磕|跳槽"
          r"|\b(?:playing|football|soccer|basketball|sports?|gym|trampoline|skateboard\w*|bike|biking|cycling|climbing|hiking|falling|accident"
          r"|lifting|working out|driving|laughing|diving|ladder|kitchen|cooking)\b")
# A danger heard of from the past and told as over in the same sentence (or pair): "听说我表哥前几年被网贷逼得想自杀，现在已经
# 好了" is a story, not a danger now (mend49, review51). Both a past and a now-well are needed.
OVER = (r"(?:前几年|前些年|以前|当年|曾经|之前|去年|前年|那时候?|小时候|年轻时)\S{0,24}\s?\S{0,4}(?:现在|如今|后来)\S{0,4}(?:已经|都|早就?)?(?:好了|没事|挺好|好多了|走出来)(?!.*(?:可是|但是|但|不过|然而|昨天|昨晚|这几天|这两天|最近|今天|今晚|又))"
        r"|\b(?:years ago|back then|used to|last year|in the past)\b.{0,80}\b(?:(?:fine|ok|okay|better|well) now|recovered|doing (?:fine|well|great))\b(?!.*\b(?:but|yet|though|however|yesterday|last night|these days|this week|lately|recently|today|tonight|again)\b)")

__all__ = ["MEDICINE", "NOT_MEDICINE_BEFORE", "HURT_MISHAP", "MISHAP", "OVER"]
