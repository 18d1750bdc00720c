"""Every fixed string the terminal front ends show, in Chinese and English.

Kept apart from the layout code so a wording change never touches logic, and so both languages
are reviewed side by side.
"""

from __future__ import annotations

GREETING = (
    "你好，我是借呗逾期问答助手。可以问我：逾期后会不会上门、会不会联系家人、征信、起诉、罚息、"
    "还不上怎么协商、遇到暴力催收怎么办等。输入 /help 查看命令，Ctrl-D 或 /quit 退出。\n"
    "Hi, I answer questions about overdue Jiebei loans in Chinese or English. "
    "Type /help for commands, Ctrl-D or /quit to leave."
)
FAREWELL = "再见，保重。Take care."

SUGGESTIONS = {"zh": "你可能还想问（输入编号即可）：", "en": "You may also want to ask (type the number):"}
SUGGESTIONS_ONE_SHOT = {"zh": "你可能还想问：", "en": "You may also want to ask:"}
CHOOSE = {"zh": "回复编号即可：", "en": "Reply with a number:"}
# A clarification where a number cannot be answered (piped lines without --session, `ask`):
# the options are questions to ask again in full.
CHOOSE_UNNUMBERED = {"zh": "我想确认一下，你想问的是哪一个？可以直接问其中一句：",
                     "en": "Just to be sure I answer the right thing: which of these do you mean? Ask it in full:"}

# Slash commands: name -> (zh, en) one-line description.
COMMANDS = {
    "/help": ("显示帮助", "show this help"),
    "/topics": ("我能回答的话题", "what I can answer"),
    "/why": ("上一个回答是怎么选出来的", "how the last answer was chosen"),
    "/lang": ("回答语言：/lang zh、en 或 auto（跟随提问）", "answer language: /lang zh, en or auto (follow each question)"),
    "/reset": ("开始新的对话", "start a new conversation"),
    "/quit": ("退出（也可以按 Ctrl-D，或输入 exit、退出）", "leave (or Ctrl-D, or type exit)"),
}
HELP_KEYS = {
    "zh": "Tab 补全命令和常见问题；↑ 翻看历史；Ctrl-R 搜索历史；Ctrl-C 清空当前输入；Ctrl-D 退出。",
    "en": "Tab completes commands and common questions; ↑ recalls history; Ctrl-R searches it; "
          "Ctrl-C clears the line; Ctrl-D leaves.",
}

LANG_NAMES = {"zh": {"zh": "中文", "en": "英文", "auto": "自动（跟随你的提问）"},
              "en": {"zh": "Chinese", "en": "English", "auto": "auto (follows each question)"}}
LANG_NOW = {"zh": "当前回答语言：{name}。用法：/lang zh | en | auto",
            "en": "Answer language: {name}. Usage: /lang zh | en | auto"}
LANG_SET = {"zh": {"zh": "好的，之后用中文回答。", "en": "好的，之后用英文回答。", "auto": "好的，之后跟着你提问的语言回答。"},
            "en": {"zh": "OK: answers in Chinese from now on.", "en": "OK: answers in English from now on.",
                   "auto": "OK: each answer follows the language of its question."}}
LANG_BAD = {"zh": "没有“{value}”这个选项。可选：zh（中文）、en（英文）、auto（跟随你的提问）。",
            "en": "There is no language \"{value}\". Choose zh (Chinese), en (English) or auto (follow each question)."}

RESET = {"zh": "已开始新的对话，之前说过的情况都已忘记。", "en": "New conversation started; what you told me before is forgotten."}
NOTHING_TO_EXPLAIN = {"zh": "还没有可以解释的回答。", "en": "No answer to explain yet."}
UNKNOWN_COMMAND = {"zh": "没有 {name} 这个命令；输入 /help 查看可用命令。",
                   "en": "There is no command {name}; type /help for the list."}
PIPE_NO_SESSION = {"zh": "（每行单独回答，编号无处可选；加 --session 可以连成一段对话，编号就能用了。）",
                   "en": "(Each line is answered on its own, so a number has nothing to pick; "
                         "use --session to keep one conversation, where numbers work.)"}
ERROR = {"zh": "出错了：{error}", "en": "Error: {error}"}
HISTORY_OFF = {"zh": "（历史记录写不进去（{problem}），这次对话不保存历史，其他照常。）",
               "en": "(The history file cannot be written ({problem}); this conversation goes on without history.)"}
TOPICS_HEADING = {"zh": "我能回答这些问题：", "en": "I can answer questions about:"}
NOT_TEXT = {"zh": "这一行不是有效的 UTF-8 文字，没有回答。", "en": "This line is not valid UTF-8 text; not answered."}
LONG_ECHO = {"zh": "…（共 {count} 个字）", "en": "… ({count} characters)"}

# The bottom toolbar: pieces in order of importance; the narrowest windows keep the first ones.
TOOLBAR_LANG = {"zh": {"zh": "中文", "en": "English", "auto": "语言:自动"},
                "en": {"zh": "中文", "en": "English", "auto": "lang: auto"}}
TOOLBAR_KEYS = {
    "zh": ("Tab 补全问题", "Ctrl-D 退出", "↑ 历史", "Ctrl-R 搜索", "/help 帮助"),
    "en": ("Tab completes", "Ctrl-D quits", "↑ history", "Ctrl-R search", "/help"),
}

# /why: what decided the answer, and the labels of its parts.
RULES = {
    "classifier": ("按你的问句判断的话题", "the topic your question reads as"),
    "split": ("你的消息里有几个问题，分别回答", "your message asks several questions; each is answered"),
    "safety": ("消息里有需要优先回应的内容（危机或暴力催收）", "your message mentions a crisis or abusive collection, answered first"),
    "safety_doubted": ("消息里的沉重字眼从整条消息看不像危机，先回答你的问题，并附上心理援助热线",
                       "heavy words that the whole message does not read as a crisis: your question is answered, with the helpline"),
    "context": ("接着上一轮对话理解", "read as a follow-up to the conversation"),
    "clarification": ("你从列出的选项里选的", "the option you picked"),
    "suggestion": ("你选的推荐问题", "the suggested question you picked"),
    "clarify": ("问题不够明确，所以先确认你想问哪一个", "the question was unclear, so I asked which one you meant"),
    "bare_overdue": ("你说了逾期，没问具体的事，所以先讲逾期后会发生什么", "you said you are overdue without asking anything else, so this is what happens next"),
    "overdue_word": ("你只说了“逾期”，没问具体的事，所以先讲逾期后会发生什么，并问你是不是想问别的",
                     "you said only 'overdue', so this is what happens next, and you are asked whether you meant something else"),
    "acknowledged": ("你在回应上一条回答", "you were acknowledging the last answer"),
    "pulling_away": ("你想先停一停，所以不再追问", "you wanted to stop for now, so nothing more is asked"),
    "empty": ("消息里没有文字，所以先说我能回答什么", "the message had no words, so this is what I can answer"),
}
WHY = {
    "zh": {"heading": "这个回答是怎么选出来的", "topic": "话题", "rule": "怎么判断", "confidence": "把握",
           "candidates": "其他可能", "features": "起作用的词", "examples": "相近的例句", "details": "读到的情况",
           "sources": "引用的原文部分"},
    "en": {"heading": "How this answer was chosen", "topic": "Topic", "rule": "Decided by", "confidence": "confidence",
           "candidates": "Other possibilities", "features": "Words that counted", "examples": "Similar examples",
           "details": "Details understood", "sources": "Parts of the article cited"},
}
DETAIL_LABELS = {
    "zh": {"days": "逾期{value}天（“{text}”）", "amount": "欠款{value}元（“{text}”）", "product": "产品：{value}",
           "concern": "担心：{value}（“{text}”）", "given": "{name}：（已提到）"},
    "en": {"days": "{value} days overdue (“{text}”)", "amount": "owing {value} yuan (“{text}”)", "product": "product: {value}",
           "concern": "worried about: {value} (“{text}”)", "given": "{name}: (mentioned)"},
}
# Details by name, where a value is not known ("逾期天数：（已提到）" for a masked number).
DETAIL_NAMES = {
    "zh": {"days": "逾期天数", "amount": "欠款金额", "product": "产品", "concern": "担心的事"},
    "en": {"days": "days overdue", "amount": "amount owed", "product": "product", "concern": "worry"},
}
