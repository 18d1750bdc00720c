/* The jiebei-bot web chat page: plain JavaScript, no dependencies, no build step.
 *
 * It talks to POST /v1/ask on its own origin (docs/embedding.md) and keeps the conversation
 * the API hands back (`state`) in sessionStorage, so any server worker can answer any turn and
 * a reload keeps the conversation. Everything shown from the server or the borrower is inserted
 * with textContent, never as HTML; nothing here sets a style attribute (the CSP forbids both).
 */
'use strict';
(function () {
  const STORE_KEY = 'jiebei-bot:conversation';
  const MAX_TURNS = 50;  // kept for a reload; the server needs only `state`
  // Every message is sent whole (no maxlength: a paste over it would be cut silently, front5).
  // The server reads a long one by its opening and its end, answers an urgent one even over its
  // limit (MAX_REQUEST_QUESTION_CHARS, 6,000; and over the body limit, read by its ends), and
  // refuses any other over it with too_long, shown as errTooLong with the text left in the box.
  // The lines of `text` shown in small print, as the terminal dims them (bot/terminal/render.py):
  // the source line (by its opening) and the "not legal advice" note (by its words), in simplified
  // or traditional characters. Nothing else is small print: the 12356 check-in that follows the
  // note after a crisis, a remark on the days and amount, any help line, keep the answer's size.
  const SOURCE_PREFIXES = ['依据：', '依據：', 'Based on the article'];
  const NOTE_MARKS = ['不构成法律意见', '不構成法律意見', 'not legal advice'];
  const HOTLINE_RE = /(^|\D)(95188|12378|12356)(?!\d)/g;
  // A line that says 95188 is NOT the number for the lender asked about (frame "number" for another lender:
  // "这里只把它用在借呗、花呗上；微粒贷的事…") names it without a tap-to-call link (newuser161 #9, answer171).
  const NOT_THIS_LENDER = ['只把它用在借呗、花呗上', '只把它用在借唄、花唄上', 'point to it only for Jiebei and Huabei'];
  // An answer takes milliseconds; a server that never answers must not leave "正在回答…" on
  // screen forever (front7): after this long the request is given up and said so.
  const TIMEOUT_MS = 20000;
  const UI = {
    zh: {
      skip: '跳到输入框', title: '借呗逾期问答', tagline: '一般性信息，不是法律意见', langLabel: '回答语言',
      newChat: '新对话', introTitle: '别慌，我们一步一步来',
      intro: '可以问我：借呗逾期后会不会上门、会不会联系家人、对征信的影响、会不会被起诉、罚息、还不上怎么协商、遇到暴力催收怎么办。中文或英文都可以。',
      starters: '常见问题：', privacy: '对话只保存在这个浏览器标签页里，关闭标签页就没了；服务器不保存你的对话。',
      urgent: '如果你有危险，请拨打 110 或 120；心里很难受，可以打心理援助热线 12356。',
      logLabel: '对话', questionLabel: '你的问题', placeholder: '输入你的问题，按回车发送', send: '发送',
      hint: '回车发送，Shift 加回车换行。', you: '你：', bot: '回答：', more: '你可能还想问：',
      thinking: '正在回答…', queued: '等上一条回答完就发送…', started: '已开始新的对话。',
      crisisTitle: '你不是一个人，现在就可以打电话', abuseTitle: '受到威胁或骚扰时可以打',
      call: {'12356': '心理援助热线', '110': '报警（有危险时）', '120': '急救', '12378': '金融消费者投诉'},
      abuse110: '报警（人身安全受威胁时）',
      errNetwork: '连不上服务，请检查网络后再发一次。你的问题还在输入框里。',
      errTooLong: '问题太长了，请缩短到 6000 字以内再发。你的问题还在输入框里。',
      errServer: '服务暂时出了问题，请稍后再发一次。你的问题还在输入框里。',
      errTimeout: '服务 20 秒没有回应，请稍后再发一次。你的问题还在输入框里。',
      errState: '之前的对话已失效，这个问题按新对话回答。',
      errAnswered: '这条消息可能很紧急，所以先回答了；之前的对话没有接上。',
      startersList: ['会有人上门或者去我老家吗？', '会联系我的家人或通讯录里的人吗？',
        '还不上的话能申请延期或分期吗？', '逾期会被起诉吗？要承担什么责任？'],
    },
    en: {
      skip: 'Skip to the question box', title: 'Jiebei help', tagline: 'General information, not legal advice',
      langLabel: 'Answer language', newChat: 'New chat', introTitle: 'One step at a time',
      intro: 'Ask me whether anyone will visit you, whether your family will be called, what being late does to your credit, whether they can sue, late charges, how to talk to the lender if you cannot pay, and what to do about abusive collectors. Chinese or English.',
      starters: 'Common questions:', privacy: 'The conversation stays in this browser tab only and is gone when you close it; the server keeps nothing of it.',
      urgent: 'If you are in danger, call 110 or 120; if you feel overwhelmed, the psychological assistance hotline is 12356.',
      logLabel: 'Conversation', questionLabel: 'Your question', placeholder: 'Type your question, press Enter to send', send: 'Send',
      hint: 'Enter sends, Shift+Enter starts a new line.', you: 'You: ', bot: 'Answer: ', more: 'You may also want to ask:',
      thinking: 'Answering…', queued: 'Will be sent when the answer above arrives…', started: 'New conversation started.',
      crisisTitle: 'You are not alone: you can call right now', abuseTitle: 'If you are threatened or harassed, call',
      call: {'12356': 'psychological assistance hotline', '110': 'police (if you are in danger)', '120': 'ambulance', '12378': 'financial consumer complaints'},
      abuse110: 'police (if your safety is threatened)',
      errNetwork: 'Could not reach the service. Check your connection and send again; your question is still in the box.',
      errTooLong: 'That question is too long: please keep it under 6,000 characters. Your question is still in the box.',
      errServer: 'Something went wrong on our side. Please send again in a moment; your question is still in the box.',
      errTimeout: 'The service did not answer for 20 seconds. Please send again in a moment; your question is still in the box.',
      errState: 'The earlier conversation could not be continued, so this question starts a new one.',
      errAnswered: 'This message may be urgent, so it was answered at once, without the earlier conversation.',
      startersList: ['Will anyone come to my home or hometown?', 'Will they contact my family or my contacts?',
        "I can't pay: can I ask for an extension or instalments?", 'Can they sue me, and what would I owe?'],
    },
  };

  const $ = (id) => document.getElementById(id);
  const form = $('ask'), input = $('question'), sendButton = $('send'), log = $('log');
  const status = $('status'), intro = $('intro');
  let convo = load();
  let busy = false;
  let uid = 0;
  // 新对话 bumps `generation`: a reply that arrives for an earlier conversation is dropped, never
  // shown or saved in the new one (front7). `inFlight`: the question being answered and its request.
  let generation = 0, inFlight = null;
  // Questions sent while an answer is pending: shown at once, marked, and each sent after the one
  // before (front7: Enter while busy was dropped without a word, a crisis typed then with it).
  const queue = [];

  // lang: the conversation's answer language (the pressed button), or null: answers follow each
  // question. langPending: pressed since the last answer, so the next request carries it.
  function fresh() { return {state: null, lang: null, langPending: false, turns: []}; }

  function load() {
    try {
      const data = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
      if (data && Array.isArray(data.turns)) {
        return {
          state: data.state && typeof data.state === 'object' ? data.state : null,
          lang: data.lang === 'zh' || data.lang === 'en' ? data.lang : null,
          langPending: data.langPending === true,
          turns: data.turns.filter((t) => t && typeof t.q === 'string' && isReply(t.reply)),
        };
      }
    } catch (e) { /* storage unavailable or damaged: start afresh */ }
    return fresh();
  }

  function save() {
    try { sessionStorage.setItem(STORE_KEY, JSON.stringify(convo)); } catch (e) { /* private mode, quota */ }
  }

  function isReply(r) { return !!r && typeof r === 'object' && typeof r.text === 'string'; }

  // The interface speaks the chosen language, else the last answer's, else the browser's.
  function uiLang() {
    if (convo.lang) return convo.lang;
    const last = convo.turns[convo.turns.length - 1];
    if (last) return last.reply.lang === 'en' ? 'en' : 'zh';
    const langs = navigator.languages || [navigator.language || ''];
    return langs.some((l) => /^zh/i.test(l)) || !/^en/i.test(langs[0] || '') ? 'zh' : 'en';
  }

  function htmlLang(lang) { return lang === 'en' ? 'en' : 'zh-CN'; }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function applyUi() {
    const lang = uiLang(), t = UI[lang];
    document.documentElement.lang = htmlLang(lang);
    document.title = lang === 'en' ? 'Jiebei overdue help · 借呗逾期问答' : '借呗逾期问答 · Jiebei overdue help';
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t[node.dataset.i18nPlaceholder];
    for (const code of ['zh', 'en']) $('lang-' + code).setAttribute('aria-pressed', String(convo.lang === code));
    const starters = $('starter-list');
    starters.replaceChildren(...t.startersList.map((q) => choiceButton(q, () => ask(q))));
    intro.hidden = convo.turns.length > 0;
  }

  function choiceButton(label, onClick) {
    const button = el('button', 'choice', label);
    button.type = 'button';
    button.addEventListener('click', onClick);
    return button;
  }

  // Inserts text, turning the hotline numbers it names into tap-to-call links (still text only).
  function withLinks(node, text) {
    let last = 0;
    const notThisLender = NOT_THIS_LENDER.some((mark) => text.includes(mark));
    for (const match of text.matchAll(HOTLINE_RE)) {
      if (notThisLender && match[2] === '95188') continue;
      const start = match.index + match[1].length;
      node.append(text.slice(last, start));
      const link = el('a', 'tel', match[2]);
      link.href = 'tel:' + match[2];
      node.append(link);
      last = start + match[2].length;
    }
    node.append(text.slice(last));
    return node;
  }

  // Splits `text` into parts the page shows differently. The structured fields (lead,
  // suggestions, rule) decide where they can; `text` is only ever read as lines of text.
  function parseText(reply) {
    const lead = (reply.lead || '').trim();
    const choices = new Set((reply.suggestions || []).map((s) => s.trim()));
    const parts = [];
    for (const raw of reply.text.split(/\r?\n/)) {
      const line = raw.trim();
      if (!line) continue;
      const number = /^\d+[.、]\s*(.+)$/.exec(line);
      if (reply.rule === 'clarify' && number && choices.has(number[1])) continue;  // shown as buttons
      if (isPoint(line)) parts.push({kind: 'point', text: line.replace(/^[-•]\s+/, '')});
      else if (line === lead && lead) parts.push({kind: 'lead', text: line});
      else if (isFinePrint(line)) parts.push({kind: 'fine', text: line});
      else parts.push({kind: 'text', text: line});
    }
    return parts;
  }

  function isPoint(line) { return /^[-•]\s+/.test(line); }
  function isFinePrint(line) {
    return SOURCE_PREFIXES.some((p) => line.startsWith(p)) || NOTE_MARKS.some((m) => line.includes(m));
  }

  // The call buttons an answer opens with. A crisis answer: 12356, 110, 120. Any other urgent
  // answer (abusive collection, and violence at home, which the engine files under it): 110, then
  // only the numbers its own text gives, so a person hit at home is offered 120, which that answer
  // names, and not the financial complaints line 12378, which it does not.
  function helpNumbers(kind, text) {
    if (kind === 'crisis') return ['12356', '110', '120'];
    const named = (number) => new RegExp('(^|\\D)' + number + '(?!\\d)').test(text);
    return ['110'].concat(['120', '12378'].filter(named));
  }

  function helpPanel(kind, lang, text) {
    const t = UI[lang];
    const panel = el('aside', 'help ' + kind);
    const title = el('p', 'help-title', kind === 'crisis' ? t.crisisTitle : t.abuseTitle);
    title.id = 'h' + (++uid);
    panel.setAttribute('aria-labelledby', title.id);
    const list = el('ul', 'calls');
    for (const number of helpNumbers(kind, text)) {
      const link = el('a', 'call');
      link.href = 'tel:' + number;
      link.append(el('span', 'call-number', number), el('span', 'call-label',
        kind === 'abuse' && number === '110' ? t.abuse110 : t.call[number]));
      const item = el('li');
      item.append(link);
      list.append(item);
    }
    panel.append(title, list);
    return panel;
  }

  function renderReply(reply, latest) {
    const lang = reply.lang === 'en' ? 'en' : 'zh', t = UI[lang];
    const article = el('article', 'msg bot');
    article.lang = htmlLang(lang);
    article.tabIndex = -1;
    article.append(el('span', 'sr-only', t.bot));
    const topics = Array.isArray(reply.topics) ? reply.topics : [reply.topic];
    if (topics.includes('crisis')) article.append(helpPanel('crisis', lang, reply.text));
    else if (topics.includes('abusive_collection')) article.append(helpPanel('abuse', lang, reply.text));
    let list = null, fine = null, leadId = '';
    for (const part of parseText(reply)) {
      if (part.kind === 'point') {
        if (!list) article.append(list = el('ul', 'points'));
        list.append(withLinks(el('li'), part.text));
        continue;
      }
      list = null;
      if (part.kind === 'fine') {
        if (!fine) article.append(fine = el('div', 'fine'));
        fine.append(withLinks(el('p'), part.text));
        continue;
      }
      fine = null;
      const paragraph = el('p', part.kind);
      if (part.kind === 'lead') {
        paragraph.id = leadId = 'l' + (++uid);
        paragraph.append(withLinks(el('strong'), part.text));
      } else withLinks(paragraph, part.text);
      article.append(paragraph);
    }
    const suggestions = Array.isArray(reply.suggestions) ? reply.suggestions : [];
    if (latest && suggestions.length) article.append(choiceGroup(reply, suggestions, t, leadId));
    return article;
  }

  // Suggestions and clarification choices: the API numbers them, so a tap sends the number
  // (which the conversation state resolves) and shows the words.
  function choiceGroup(reply, suggestions, t, leadId) {
    const clarify = reply.rule === 'clarify';
    const group = el('div', clarify ? 'choices clarify' : 'choices');
    group.setAttribute('role', 'group');
    if (clarify && leadId) {
      group.setAttribute('aria-labelledby', leadId);
    } else {
      const head = el('p', 'choices-head', t.more);
      head.id = 'c' + (++uid);
      group.setAttribute('aria-labelledby', head.id);
      group.append(head);
    }
    const list = el('div', 'choice-list');
    suggestions.forEach((text, i) => list.append(choiceButton(String(text),
      () => ask(String(text), convo.state ? String(i + 1) : String(text), true))));
    group.append(list);
    return group;
  }

  // The question, labelled in the language of its answer (of the page while it waits).
  function renderUser(text, lang) {
    const bubble = el('div', 'msg user');
    bubble.append(el('span', 'sr-only', UI[lang].you), el('p', '', text));
    return bubble;
  }

  function renderAll() {
    for (const node of log.querySelectorAll('.msg, .error')) node.remove();
    convo.turns.forEach((turn, i) => {
      const lang = turn.reply.lang === 'en' ? 'en' : 'zh';
      log.append(renderUser(turn.q, lang), renderReply(turn.reply, i === convo.turns.length - 1));
    });
    applyUi();
  }

  function announce(text) {
    status.textContent = '';
    // A fresh text node after a tick is announced even when it repeats the last one.
    window.setTimeout(() => { status.textContent = text; }, 50);
  }

  function spoken(reply) {
    return parseText(reply).filter((p) => p.kind !== 'fine').map((p) => p.text)
      .concat(reply.rule === 'clarify' ? reply.suggestions || [] : []).join(' ');
  }

  // lostLang: the language of a conversation the server refused (bad_state), sent with a
  // question that has no language of its own ("2", "？") so that its answer keeps it (front7).
  async function post(question, withState, lostLang) {
    const body = {id: Date.now(), question: question};
    if (withState && convo.state) body.state = convo.state;
    // The language is sent when a button was pressed since the last answer, or with no state to
    // carry it; otherwise the state carries the conversation's choice, so a language asked for
    // in words ("用中文回答", "in English please") holds for the turns after it.
    if (convo.lang && (convo.langPending || !body.state)) body.lang = convo.lang;
    else if (!body.state && (lostLang === 'zh' || lostLang === 'en') && !/\p{L}/u.test(question)) body.lang = lostLang;
    const controller = new AbortController();
    if (inFlight) inFlight.controller = controller;
    const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const response = await fetch('/v1/ask', {
        method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body),
        cache: 'no-store', credentials: 'omit', signal: controller.signal,
      });
      let data = null;
      try { data = await response.json(); } catch (e) { if (e.name === 'AbortError') throw e; /* a proxy's HTML page */ }
      if (!data || typeof data !== 'object') return {ok: false, error: {code: 'http_' + response.status}};
      return data;
    } finally {
      window.clearTimeout(timer);
    }
  }

  // An error, and with it the help numbers: when no answer comes, a borrower in crisis must
  // still see where to call (front5: the intro's line is hidden once a conversation exists).
  function showError(message, lang) {
    const note = el('div', 'error');
    note.setAttribute('role', 'alert');
    const help = el('p', 'error-help');
    for (const number of ['12356', '110', '120']) {
      const link = el('a', 'tel', number);
      link.href = 'tel:' + number;
      help.append(link, ' ' + UI[lang].call[number] + (number === '120' ? '' : ' · '));
    }
    note.append(el('p', '', message), help);
    log.append(note);
    note.scrollIntoView({block: 'nearest'});
  }

  // Brings a new answer into view: the question, then the start of its answer; when the question
  // is too tall for both (a long paste), the answer's start, so a crisis or abuse reply's help
  // panel is on screen (front7: after a 2,400-character paste it was three screens down).
  function reveal(bubble, article) {
    bubble.scrollIntoView({block: 'start'});
    const first = article.querySelector('.help, .lead, .text') || article;
    const box = first.getBoundingClientRect();
    const top = document.querySelector('.bar').getBoundingClientRect().bottom;
    if (box.top < top || box.bottom > form.getBoundingClientRect().top) article.scrollIntoView({block: 'start'});
  }

  // A question sent while an answer is pending waits, shown and marked, and goes after it.
  function enqueue(question, fromButton) {
    const t = UI[uiLang()];
    const bubble = renderUser(question, uiLang()), note = el('p', 'msg pending', t.queued);
    log.append(bubble, note);
    queue.push({question: question, fromButton: fromButton, bubble: bubble, note: note});
    if (!fromButton) input.value = '';
    announce(t.queued);
    note.scrollIntoView({block: 'nearest'});
  }

  // The words of every question not answered yet, which leave the queue (for the box).
  function unanswered(first) {
    const words = queue.splice(0).map((item) => { item.bubble.remove(); item.note.remove(); return item.question; });
    return (first ? [first] : []).concat(words);
  }

  // shown: the words in the conversation; sent: what the API gets ("2" picks suggestion 2).
  // waiting: the bubble and note of a queued question, now sent.
  async function ask(shown, sent, fromButton, waiting) {
    const question = shown.trim();
    if (!question) return;
    if (busy) return enqueue(question, fromButton);
    busy = true;
    const mine = generation;
    inFlight = {question: question, controller: null};
    log.setAttribute('aria-busy', 'true');  // (the button stays enabled: a question sent now waits its turn)
    for (const node of log.querySelectorAll('.choices, .error')) node.remove();
    const t = UI[uiLang()];
    const bubble = waiting ? waiting.bubble : renderUser(question, uiLang());
    const pending = waiting ? waiting.note : el('p', 'msg pending');
    pending.textContent = t.thinking;
    intro.hidden = true;
    if (!waiting) log.append(bubble, pending);
    announce(t.thinking);
    if (!fromButton && !waiting) input.value = '';
    performance.mark('jiebei-ask');
    let restarted = false;
    try {
      let data = await post(sent || question, true);
      if (mine !== generation) return;  // 新对话 was pressed while waiting: not this conversation's
      if (!data.ok && data.error && data.error.code === 'bad_state') {
        const last = convo.turns[convo.turns.length - 1];
        const lostLang = last ? last.reply.lang : convo.state && convo.state.lang;
        convo.state = null;  // a state this server no longer accepts: answer as a new conversation
        restarted = true;
        // A number picks from the lost conversation's choices: send the words instead (a typed
        // number, those of the last answer on screen when it offered that many).
        const typed = /^\d+$/.test(question) && last && Array.isArray(last.reply.suggestions)
          ? last.reply.suggestions[Number(question) - 1] : undefined;
        data = await post(typeof typed === 'string' ? typed
          : /^\d+$/.test(sent || '') ? question : sent || question, false, lostLang);
        if (mine !== generation) return;
      }
      if (!data.ok || !isReply(data.reply)) throw new Error(data.error ? data.error.code : 'no reply');
      convo.state = data.state && typeof data.state === 'object' ? data.state : null;
      convo.langPending = false;
      // The buttons show the conversation's choice, whether made by a button or in words.
      const chosen = convo.state ? convo.state.lang_choice : null;
      if (chosen === 'zh' || chosen === 'en') convo.lang = chosen;
      convo.turns.push({q: question, reply: data.reply});
      convo.turns = convo.turns.slice(-MAX_TURNS);
      save();
      for (const node of log.querySelectorAll('.choices')) node.remove();
      const replyLang = data.reply.lang === 'en' ? 'en' : 'zh';
      bubble.firstChild.textContent = UI[replyLang].you;
      const article = renderReply(data.reply, true);
      pending.replaceWith(article);  // in place: a question queued meanwhile stays below it
      // An urgent message is answered despite an error in its request (docs/embedding.md): the
      // borrower is told the earlier conversation was not carried on.
      const warned = data.warning && typeof data.warning === 'object';
      if (restarted || (warned && data.warning.code === 'bad_state')) article.prepend(el('p', 'notice', UI[replyLang].errState));
      else if (warned && convo.turns.length > 1) article.prepend(el('p', 'notice', UI[replyLang].errAnswered));
      performance.mark('jiebei-answer');
      performance.measure('jiebei-ask-to-answer', 'jiebei-ask', 'jiebei-answer');
      applyUi();
      reveal(bubble, article);
      if (fromButton) article.focus({preventScroll: true});
      announce(UI[replyLang].bot + spoken(data.reply));
    } catch (error) {
      if (mine !== generation) return;
      pending.remove();
      bubble.remove();
      // Nothing the borrower typed is lost: this question and any waiting after it go back in the box.
      const words = unanswered(question).join('\n');
      input.value = input.value.trim() && input.value.trim() !== words ? words + '\n' + input.value : words;
      // fetch rejects with a TypeError when the server cannot be reached at all.
      const message = error instanceof TypeError ? t.errNetwork
        : error && error.name === 'AbortError' ? t.errTimeout
          : error && error.message === 'too_long' ? t.errTooLong : t.errServer;
      showError(message, uiLang());
      announce(message);
      intro.hidden = convo.turns.length > 0;
    } finally {
      if (mine === generation) inFlight = null;
      busy = false;
      log.setAttribute('aria-busy', 'false');
      if (!fromButton) input.focus({preventScroll: true});
      const next = queue.shift();
      if (next) ask(next.question, undefined, next.fromButton, next);  // the words: the options changed
    }
  }

  function setLang(lang) {
    convo.lang = lang;
    convo.langPending = true;
    save();
    applyUi();
    announce(UI[lang].langLabel + ': ' + (lang === 'en' ? 'English' : '中文'));
  }

  // A reply still pending is dropped (its request cancelled); the words of any question not
  // answered yet go back into the box, so nothing the borrower typed is lost.
  function newConversation() {
    generation++;
    const words = unanswered(inFlight ? inFlight.question : '');
    if (inFlight && inFlight.controller) inFlight.controller.abort();
    inFlight = null;
    convo = fresh();
    try { sessionStorage.removeItem(STORE_KEY); } catch (e) { /* nothing stored */ }
    renderAll();
    input.value = words.join('\n');
    input.focus();
    window.scrollTo(0, 0);
    announce(UI[uiLang()].started);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ask(input.value);
  });
  input.addEventListener('keydown', (event) => {
    // Enter sends; Shift+Enter is a new line; Enter that confirms an IME candidate is not a send.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      ask(input.value);
    }
  });
  $('lang-zh').addEventListener('click', () => setLang('zh'));
  $('lang-en').addEventListener('click', () => setLang('en'));
  $('new').addEventListener('click', newConversation);
  renderAll();
  sendButton.disabled = false;  // disabled in the HTML: without this script, nothing is sent anywhere
  if (convo.turns.length) reveal(log.lastElementChild.previousElementSibling, log.lastElementChild);
})();
