//! Wrapping text in a column: at spaces, around CJK characters, closing
//! punctuation kept with what it closes; headers at spaces only.

use super::display_width;

/// Wraps a header at spaces only: a word, Japanese included, stays whole.
pub(super) fn wrap_at_spaces(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut used = 0;
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let w = display_width(word);
            if used > 0 && used + 1 + w > width {
                out.push('\n');
                used = 0;
            } else if used > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += w;
        }
    }
    out
}

/// The widest line of a cell.
pub(super) fn display_width_max(cell: &str) -> usize {
    cell.split('\n').map(display_width).max().unwrap_or(0)
}

/// Whether a character is wide (CJK): a line may break before or after it.
fn is_wide(c: char) -> bool {
    !c.is_ascii() && unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

/// Wide characters that never begin a line (closing brackets, Japanese
/// commas and full stops, the long-vowel mark): they stay with what
/// precedes them.
fn closes(c: char) -> bool {
    matches!(
        c,
        '）' | '」'
            | '』'
            | '】'
            | '〕'
            | '〉'
            | '》'
            | '、'
            | '。'
            | '，'
            | '．'
            | '：'
            | '！'
            | '？'
            | 'ー'
    )
}

/// The unbreakable pieces of a line, each with whether a space preceded
/// it: runs of non-space text, except that wide (CJK) characters stand
/// alone, and a closing character (see [`closes`]) stays with the piece
/// before it.
pub(super) fn tokens(line: &str) -> Vec<(&str, bool)> {
    let mut out: Vec<(&str, bool)> = Vec::new();
    let mut start: Option<usize> = None;
    let mut space = false;
    // Where the last piece pushed ends, to extend it with a closing mark.
    let mut last_end: Option<usize> = None;
    for (i, c) in line.char_indices() {
        if c == ' ' {
            if let Some(s) = start.take() {
                out.push((&line[s..i], space));
                last_end = Some(i);
            }
            space = true;
        } else if is_wide(c) {
            if let Some(s) = start.take() {
                out.push((&line[s..i], space));
                space = false;
                last_end = Some(i);
            }
            let end = i + c.len_utf8();
            if closes(c) && last_end == Some(i) {
                if let Some((prev, sp)) = out.pop() {
                    let from = i - prev.len();
                    out.push((&line[from..end], sp));
                    last_end = Some(end);
                    continue;
                }
            }
            out.push((&line[i..end], space));
            last_end = Some(end);
            space = false;
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((&line[s..], space));
    }
    out
}

/// Wraps text to `width` at spaces and around CJK characters; a piece
/// wider than `width` gets a line of its own, whole.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut used = 0;
        for (token, space) in tokens(line) {
            let w = display_width(token);
            let sep = usize::from(space && used > 0);
            if used > 0 && used + sep + w > width {
                out.push('\n');
                used = 0;
            } else if sep == 1 {
                out.push(' ');
                used += 1;
            }
            out.push_str(token);
            used += w;
        }
    }
    out
}
