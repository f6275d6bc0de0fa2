//! The terminal side of the browser: raw mode, the alternate screen and
//! mouse capture, set up once and undone on every way out (the guard's
//! drop on return and on error, a panic hook, a thread waiting for SIGINT,
//! SIGTERM and SIGHUP); the event loop, which blocks in `event::read` and
//! draws once per event (events already queued are handled before the
//! draw), with the search's worker thread beside it (`search.rs`); and the
//! effects of keys: OSC 52 for the clipboard, the desktop's
//! opener for URLs.

use std::io::Write;

use anyhow::Result;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEvent,
    MouseEventKind,
};
use ratatui::crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::layout::{Position, Rect};
use ratatui::Terminal;

use std::sync::mpsc;

use super::app::{App, Effect};
use super::search::Done;
use super::view::{self, Styles};

/// Puts the terminal back as it was: cooked mode, the main screen, no mouse
/// capture, a visible cursor. Safe to call twice.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

/// Restores the terminal when dropped.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// A panic restores the terminal before its message is printed.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// SIGINT, SIGTERM and SIGHUP restore the terminal and end the process
/// with 128 + the signal's number, as a shell reports a killed command.
/// The thread sleeps in a blocking read until a signal comes.
fn watch_signals() -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            restore();
            std::process::exit(128 + sig);
        }
    });
    Ok(())
}

/// Where `JLLM_BROWSE_TIMINGS` asks the loop to append its timings (for
/// bench/browse): the first frame's time since `start`, then, per batch of
/// events, the time from the event's arrival to the end of its frame
/// (`event`), and per search answered, from its last key to the end of the
/// frame showing its rows (`search`), in milliseconds.
fn timings() -> Option<std::fs::File> {
    let path = std::env::var_os("JLLM_BROWSE_TIMINGS").filter(|p| !p.is_empty())?;
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .ok()
}

/// Runs the browser until a key quits it; `start` is when the command
/// began (before the catalog was loaded).
pub fn run(app: &mut App, styles: Styles, start: std::time::Instant) -> Result<()> {
    let mut log = timings();
    install_panic_hook();
    watch_signals()?;
    enable_raw_mode()?;
    let _guard = Guard;
    execute!(std::io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(std::io::stdout()))?;
    terminal.clear()?;
    terminal.draw(|f| view::draw(f, app, styles))?;
    if let Some(log) = log.as_mut() {
        let _ = writeln!(log, "first_frame {:.3}", ms(start.elapsed()));
    }
    // Searches run on a worker thread; dropping the sender at the end
    // lets it finish.
    std::thread::scope(|scope| {
        let (jobs, inbox) = mpsc::channel();
        let (answers, done) = mpsc::channel();
        let cat = app.cat;
        scope.spawn(move || super::search::work(cat, inbox, answers));
        app.worker = Some(jobs);
        let r = events(app, &mut terminal, styles, &done, &mut log);
        app.worker = None;
        r
    })
}

/// The event loop: blocks until an event comes (or, while a search is on
/// the worker, until either an event or its answer comes), handles what
/// else is queued, then draws once.
fn events<'a>(
    app: &mut App<'a>,
    terminal: &mut Terminal<CrosstermBackend<std::io::Stdout>>,
    styles: Styles,
    done: &mpsc::Receiver<Done<'a>>,
    log: &mut Option<std::fs::File>,
) -> Result<()> {
    // When the search being waited for was typed.
    let mut asked = std::time::Instant::now();
    loop {
        let mut next = None;
        let mut answered = false;
        if app.pending {
            // Polled in short waits only while a search runs: an idle
            // browser still sleeps in `event::read`.
            loop {
                if let Ok(d) = done.try_recv() {
                    app.searched(d);
                    answered = !app.pending;
                    break;
                }
                if event::poll(std::time::Duration::from_millis(2))? {
                    next = Some(event::read()?);
                    break;
                }
            }
        } else {
            next = Some(event::read()?);
        }
        let arrived = std::time::Instant::now();
        let typed = next.is_some();
        while let Some(ev) = next.take() {
            let size = terminal.size()?;
            if handle(app, ev, Rect::new(0, 0, size.width, size.height)) {
                return Ok(());
            }
            if event::poll(std::time::Duration::ZERO)? {
                next = Some(event::read()?);
            }
        }
        if typed && app.pending {
            asked = arrived;
        }
        terminal.draw(|f| view::draw(f, app, styles))?;
        if let Some(log) = log.as_mut() {
            if typed {
                let _ = writeln!(log, "event {:.3}", ms(arrived.elapsed()));
            }
            if answered {
                let _ = writeln!(log, "search {:.3}", ms(asked.elapsed()));
            }
        }
    }
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Handles one event; true when the browser should quit.
fn handle(app: &mut App, ev: Event, size: Rect) -> bool {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => match app.key(k) {
            Effect::Quit => return true,
            Effect::Copy(s) => copy(&s),
            Effect::Open(u) => open(&u),
            Effect::Nothing => {}
        },
        Event::Mouse(m) => mouse(app, m, size),
        _ => {}
    }
    false
}

/// The wheel scrolls the pane under the pointer; a left click selects the
/// list's row under it.
pub fn mouse(app: &mut App, m: MouseEvent, size: Rect) {
    let a = view::areas(size, app.zoom);
    let at = Position::new(m.column, m.row);
    let in_list = a.list.contains(at);
    match m.kind {
        MouseEventKind::ScrollDown if in_list => app.step(3),
        MouseEventKind::ScrollUp if in_list => app.step(-3),
        MouseEventKind::ScrollDown => app.detail_scroll = app.detail_scroll.saturating_add(3),
        MouseEventKind::ScrollUp => app.detail_scroll = app.detail_scroll.saturating_sub(3),
        MouseEventKind::Down(MouseButton::Left) if in_list => {
            // Below the border and the header row.
            if let Some(i) = m.row.checked_sub(a.list.y + 2) {
                app.select(app.offset + usize::from(i));
            }
        }
        _ => {}
    }
}

/// The OSC 52 sequence that puts `text` on the terminal's clipboard.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

fn copy(text: &str) {
    let mut out = std::io::stdout();
    let _ = out.write_all(osc52(text).as_bytes());
    let _ = out.flush();
}

/// Opens a web URL with xdg-open (open on macOS), detached, its output
/// discarded; anything but http(s) is not opened.
fn open(url: &str) {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return;
    }
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

/// Standard base64 with padding (RFC 4648), as OSC 52 takes it.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}
