// The listening page: lists the narrations (narrations.json) and gives each a player with its
// chapters and its transcript (the VTT's cues), kept in step with the audio. No build step.
"use strict";

const token = new URLSearchParams(location.search).get("token");
const players = [];
let active = null;

function withToken(url) {
  if (!token) return url;
  return url + (url.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token);
}

function clock(seconds) {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

function seconds(stamp) {
  const [h, m, s] = stamp.trim().split(":");
  return Number(h) * 3600 + Number(m) * 60 + Number(s.replace(",", "."));
}

function unescapeCue(text) {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

// WebVTT as narrator writes it: a number, "start --> end", then the cue's text.
function parseVtt(text) {
  const cues = [];
  for (const block of text.replace(/\r/g, "").split(/\n\n+/)) {
    const lines = block.split("\n");
    const at = lines.findIndex((line) => line.includes("-->"));
    if (at < 0) continue;
    const [start, end] = lines[at].split("-->");
    cues.push({ start: seconds(start), end: seconds(end), text: unescapeCue(lines.slice(at + 1).join(" ")) });
  }
  return cues;
}

// The last entry whose start is at or before `time`.
function indexAt(starts, time) {
  let found = -1;
  for (let i = 0; i < starts.length; i += 1) {
    if (starts[i] <= time + 0.01) found = i;
    else break;
  }
  return found;
}

class Player {
  constructor(narration, element) {
    this.narration = narration;
    this.element = element;
    this.audio = element.querySelector("audio");
    this.cues = [];
    this.cueElements = [];
    this.chapterButtons = [];
    this.key = "narrator:position:" + narration.id;
    this.savedAt = 0;
    this.fill();
    this.listen();
  }

  fill() {
    const n = this.narration;
    const title = this.element.querySelector(".title");
    title.textContent = n.title;
    title.id = "title-" + players.length;
    this.element.setAttribute("aria-labelledby", title.id);
    this.element.lang = n.language || "en";
    this.element.dataset.id = n.id;
    this.fillMeta();
    this.audio.src = withToken(n.audio);
    this.audio.setAttribute("aria-label", "Narration of " + n.title);
    const speed = this.element.querySelector(".speed");
    speed.value = localStorage.getItem("narrator:speed") || "1";
    this.audio.playbackRate = Number(speed.value);
    speed.addEventListener("change", () => {
      this.audio.playbackRate = Number(speed.value);
      localStorage.setItem("narrator:speed", speed.value);
    });
    this.fillChapters();
    if (n.transcript) this.loadTranscript();
  }

  fillMeta() {
    const n = this.narration;
    const meta = this.element.querySelector(".meta");
    const parts = [];
    if (n.byline) parts.push(document.createTextNode(n.byline));
    if (/^https?:\/\//.test(n.source)) {
      const link = document.createElement("a");
      link.href = n.source;
      link.textContent = new URL(n.source).hostname;
      parts.push(link);
    } else if (n.source) {
      parts.push(document.createTextNode(n.source.split("/").pop()));
    }
    const date = document.createElement("time");
    date.dateTime = n.date;
    date.textContent = new Date(n.date).toLocaleDateString();
    parts.push(date);
    parts.push(document.createTextNode(clock(n.duration_s)));
    parts.push(document.createTextNode((n.language || "en").toUpperCase()));
    for (const part of parts) {
      const span = document.createElement("span");
      span.append(part);
      meta.append(span);
    }
  }

  fillChapters() {
    const list = this.element.querySelector(".chapters ol");
    for (const chapter of this.narration.chapters) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "chapter";
      button.dataset.start = chapter.start_s;
      button.textContent = `${chapter.title} (${clock(chapter.start_s)})`;
      button.addEventListener("click", () => this.seek(chapter.start_s));
      item.append(button);
      list.append(item);
      this.chapterButtons.push(button);
    }
  }

  async loadTranscript() {
    const response = await fetch(withToken(this.narration.transcript));
    if (!response.ok) return;
    this.cues = parseVtt(await response.text());
    const holder = this.element.querySelector(".cues");
    this.cues.forEach((cue, index) => {
      const span = document.createElement("span");
      span.className = "cue";
      span.dataset.start = cue.start;
      span.dataset.index = index;
      span.textContent = cue.text + " ";
      span.addEventListener("click", () => this.seek(cue.start));
      holder.append(span);
      this.cueElements.push(span);
    });
    this.mark();
  }

  listen() {
    const audio = this.audio;
    audio.addEventListener("loadedmetadata", () => this.restore());
    audio.addEventListener("timeupdate", () => {
      this.mark();
      this.remember(false);
    });
    audio.addEventListener("seeked", () => this.mark());
    audio.addEventListener("pause", () => this.remember(true));
    audio.addEventListener("ended", () => localStorage.removeItem(this.key));
    audio.addEventListener("play", () => {
      active = this;
      for (const other of players) if (other !== this) other.audio.pause();
    });
    this.element.addEventListener("focusin", () => { active = this; });
  }

  seek(time) {
    active = this;
    this.audio.currentTime = time;
    this.mark();
  }

  restore() {
    const saved = Number(localStorage.getItem(this.key));
    if (saved > 0 && saved < this.audio.duration - 2 && this.audio.currentTime === 0) {
      this.audio.currentTime = saved;
    }
  }

  remember(now) {
    const time = this.audio.currentTime;
    if (!now && Math.abs(time - this.savedAt) < 2) return;
    this.savedAt = time;
    localStorage.setItem(this.key, String(time));
  }

  mark() {
    const time = this.audio.currentTime;
    const cue = indexAt(this.cues.map((c) => c.start), time);
    this.cueElements.forEach((span, index) => {
      const current = index === cue;
      if (current === span.classList.contains("current")) return;
      span.classList.toggle("current", current);
      if (current) {
        span.setAttribute("aria-current", "true");
        keepInView(span);
      } else {
        span.removeAttribute("aria-current");
      }
    });
    const chapter = indexAt(this.narration.chapters.map((c) => c.start_s), time);
    this.chapterButtons.forEach((button, index) => {
      if (index === chapter) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    });
  }

  step(starts, direction) {
    const time = this.audio.currentTime;
    const here = indexAt(starts, time);
    // Back from just after a start goes to the one before, as players' "previous" does.
    const back = here > 0 && time - starts[here] < 1.5 ? here - 1 : here;
    const target = direction < 0 ? Math.max(0, back) : Math.min(starts.length - 1, here + 1);
    if (target >= 0 && starts.length) this.seek(starts[target]);
  }

  toggle() {
    if (this.audio.paused) this.audio.play();
    else this.audio.pause();
  }
}

function keepInView(span) {
  const box = span.closest(".transcript");
  const top = span.offsetTop - box.offsetTop;
  if (top < box.scrollTop || top + span.offsetHeight > box.scrollTop + box.clientHeight) {
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
}

function onKey(event) {
  if (event.altKey || event.ctrlKey || event.metaKey || !active) return;
  const tag = event.target.tagName;
  if (["INPUT", "SELECT", "TEXTAREA"].includes(tag)) return;
  const player = active;
  const cueStarts = player.cues.map((c) => c.start);
  const chapterStarts = player.narration.chapters.map((c) => c.start_s);
  if (event.key === " " && !["BUTTON", "AUDIO", "A"].includes(tag)) player.toggle();
  else if (event.key === "ArrowLeft" && tag !== "AUDIO") player.step(cueStarts, -1);
  else if (event.key === "ArrowRight" && tag !== "AUDIO") player.step(cueStarts, 1);
  else if (event.key === "[") player.step(chapterStarts, -1);
  else if (event.key === "]") player.step(chapterStarts, 1);
  else return;
  event.preventDefault();
}

async function start() {
  const status = document.getElementById("status");
  document.getElementById("feed-link").href = withToken("feed.xml");
  let narrations;
  try {
    const response = await fetch(withToken("narrations.json"));
    narrations = (await response.json()).narrations;
  } catch (error) {
    status.textContent = "The narrations could not be loaded: " + error;
    return;
  }
  const main = document.getElementById("narrations");
  const template = document.getElementById("narration-template");
  status.textContent = narrations.length
    ? `${narrations.length} narration${narrations.length === 1 ? "" : "s"}, newest first.`
    : "No narrations yet: make one with `narrator save ARTICLE`.";
  for (const narration of narrations) {
    const element = template.content.firstElementChild.cloneNode(true);
    main.append(element);
    players.push(new Player(narration, element));
  }
  active = players[0] || null;
  document.addEventListener("keydown", onKey);
  document.body.dataset.ready = "true";
}

start();
