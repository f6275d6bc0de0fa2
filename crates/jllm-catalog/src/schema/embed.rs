//! Text and sequences of the catalog, laid out so that the embedded
//! catalog holds no pointer.
//!
//! build.rs writes the catalog as Rust statics. Were its texts `&'static
//! str` and its sequences `&'static [T]`, every one would be a pointer, and
//! a position-independent executable would have the loader patch each of
//! them (tens of thousands, hundreds of pages written) before `main`, on
//! every run. Here an embedded text is a [`Span`] of one text blob
//! ([`TEXT`]) and an embedded sequence a span of one array per element type
//! (its [`Pooled::pool`]): plain numbers, so the statics are read-only data
//! the loader never touches, and pages are read only when used. The binary
//! hands the blob and the arrays over once ([`TEXT`] and [`Pooled::pool`]
//! are set by its generated `install`), before anything reads them.
//!
//! [`Str`] and [`List`] read like `&str` and `&[T]` (they dereference to
//! them); besides embedded spans they hold text and sequences read from a
//! user's TOML (owned) or written in code (`&'static`).

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A range of an embedded blob or array: `len` items from `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    start: u32,
    len: u32,
}

impl Span {
    pub const fn new(start: u32, len: u32) -> Span {
        Span { start, len }
    }

    #[inline]
    fn range(self) -> std::ops::Range<usize> {
        let start = self.start as usize;
        start..start + self.len as usize
    }
}

/// Every embedded text, one after the other; each [`Str::Embedded`] is a
/// span of it. Set by the binary before the embedded catalog is read.
pub static TEXT: OnceLock<&'static str> = OnceLock::new();

/// Text in the catalog.
#[derive(Clone)]
pub enum Str {
    /// A span of [`TEXT`]: the embedded catalog's.
    Embedded(Span),
    /// Written in the code.
    Static(&'static str),
    /// Read from a user's file, or made at run time.
    Owned(Box<str>),
}

impl Str {
    /// The empty text.
    pub const EMPTY: Str = Str::Static("");

    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Str::Embedded(span) => embedded_text(*span),
            Str::Static(s) => s,
            Str::Owned(s) => s,
        }
    }

    /// The text's bytes, an embedded text's read from `blob` (the bytes of
    /// what [`blob`] returned): for comparisons in loops, which then fetch
    /// the blob once and skip the check of char boundaries.
    #[inline]
    pub fn bytes_in<'a>(&'a self, blob: &'static [u8]) -> &'a [u8] {
        match self {
            Str::Embedded(span) => blob.get(span.range()).unwrap_or(&[]),
            Str::Static(s) => s.as_bytes(),
            Str::Owned(s) => s.as_bytes(),
        }
    }

    /// The text as an owned `String`.
    pub fn into_owned(self) -> String {
        match self {
            Str::Owned(s) => s.into_string(),
            other => other.as_str().to_owned(),
        }
    }
}

#[inline]
fn embedded_text(span: Span) -> &'static str {
    blob().get(span.range()).unwrap_or("")
}

/// The embedded text blob, every [`Str::Embedded`] a span of it.
#[inline]
pub fn blob() -> &'static str {
    match TEXT.get() {
        Some(text) => text,
        None => {
            debug_assert!(false, "the embedded text is read before it is installed");
            ""
        }
    }
}

impl Default for Str {
    fn default() -> Str {
        Str::EMPTY
    }
}

impl Deref for Str {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Str {
    #[inline]
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Str {
    #[inline]
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Str {
    #[inline]
    fn eq(&self, other: &Str) -> bool {
        match (self, other) {
            // build.rs stores each distinct text once, so two embedded
            // texts are equal exactly when their spans are.
            (Str::Embedded(a), Str::Embedded(b)) => a == b,
            _ => self.as_str() == other.as_str(),
        }
    }
}

impl Eq for Str {}

impl PartialEq<str> for Str {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Str {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Str {
    #[inline]
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Str> for &str {
    #[inline]
    fn eq(&self, other: &Str) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Str> for String {
    #[inline]
    fn eq(&self, other: &Str) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Str> for str {
    #[inline]
    fn eq(&self, other: &Str) -> bool {
        self == other.as_str()
    }
}

impl PartialOrd for Str {
    fn partial_cmp(&self, other: &Str) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Str {
    fn cmp(&self, other: &Str) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Str {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl From<String> for Str {
    #[inline]
    fn from(s: String) -> Str {
        Str::Owned(s.into_boxed_str())
    }
}

impl From<&'static str> for Str {
    #[inline]
    fn from(s: &'static str) -> Str {
        Str::Static(s)
    }
}

impl Serialize for Str {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Str {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Str, D::Error> {
        String::deserialize(deserializer).map(Str::from)
    }
}

impl schemars::JsonSchema for Str {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
    fn inline_schema() -> bool {
        true
    }
}

/// A type whose embedded sequences are spans of one array: the binary
/// sets it ([`pooled!`] gives each type its slot).
pub trait Pooled: Sized + 'static {
    fn pool() -> &'static OnceLock<&'static [Self]>;
}

/// Gives each type its [`Pooled::pool`].
macro_rules! pooled {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::schema::Pooled for $t {
            #[inline]
            fn pool() -> &'static ::std::sync::OnceLock<&'static [Self]> {
                static POOL: ::std::sync::OnceLock<&'static [$t]> = ::std::sync::OnceLock::new();
                &POOL
            }
        }
    )*};
}
pub(crate) use pooled;

pooled!(Str, u32);

/// A sequence in the catalog.
pub enum List<T: 'static> {
    /// A span of `T`'s [`Pooled::pool`]: the embedded catalog's.
    Embedded(Span),
    /// Written in the code.
    Static(&'static [T]),
    /// Read from a user's file, or made at run time.
    Owned(Vec<T>),
}

impl<T: Pooled> List<T> {
    /// No items.
    pub const EMPTY: List<T> = List::Embedded(Span::new(0, 0));

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        match self {
            List::Embedded(span) => embedded_items(*span),
            List::Static(s) => s,
            List::Owned(v) => v,
        }
    }

    /// Whether the items are borrowed (the embedded catalog's, or the
    /// code's), not owned.
    #[inline]
    pub fn is_borrowed(&self) -> bool {
        !matches!(self, List::Owned(_))
    }

    /// The items, borrowed for the life of the program, when they are.
    #[inline]
    pub fn as_static(&self) -> Option<&'static [T]> {
        match self {
            List::Embedded(span) => Some(embedded_items(*span)),
            List::Static(s) => Some(s),
            List::Owned(_) => None,
        }
    }
}

#[inline]
fn embedded_items<T: Pooled>(span: Span) -> &'static [T] {
    if span.len == 0 {
        return &[];
    }
    match T::pool().get() {
        Some(pool) => pool.get(span.range()).unwrap_or(&[]),
        None => {
            debug_assert!(false, "an embedded array is read before it is installed");
            &[]
        }
    }
}

impl<T: Pooled + Clone> List<T> {
    /// The items, made owned first where they are borrowed.
    pub fn to_mut(&mut self) -> &mut Vec<T> {
        if !matches!(self, List::Owned(_)) {
            *self = List::Owned(self.as_slice().to_vec());
        }
        match self {
            List::Owned(v) => v,
            // Made owned just above.
            _ => unreachable!(),
        }
    }

    /// Adds `from` after these, borrowing `from` when there are none.
    pub fn append(&mut self, from: List<T>) {
        if self.is_empty() {
            *self = from;
        } else if !from.is_empty() {
            self.to_mut().extend(from.into_owned());
        }
    }

    /// The items as an owned `Vec`.
    pub fn into_owned(self) -> Vec<T> {
        match self {
            List::Owned(v) => v,
            other => other.as_slice().to_vec(),
        }
    }
}

impl<T: Clone> Clone for List<T> {
    fn clone(&self) -> List<T> {
        match self {
            List::Embedded(span) => List::Embedded(*span),
            List::Static(s) => List::Static(s),
            List::Owned(v) => List::Owned(v.clone()),
        }
    }
}

impl<T: Pooled> Default for List<T> {
    fn default() -> List<T> {
        List::EMPTY
    }
}

impl<T: Pooled> Deref for List<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<'a, T: Pooled> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<T: Pooled> From<Vec<T>> for List<T> {
    #[inline]
    fn from(v: Vec<T>) -> List<T> {
        List::Owned(v)
    }
}

impl<T: Pooled> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> List<T> {
        List::Owned(iter.into_iter().collect())
    }
}

impl<T: Pooled + fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T: Pooled + PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &List<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Pooled + Eq> Eq for List<T> {}

impl<T: Pooled + Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.as_slice())
    }
}

impl<'de, T: Pooled + Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<List<T>, D::Error> {
        Vec::<T>::deserialize(deserializer).map(List::Owned)
    }
}

impl<T: Pooled + schemars::JsonSchema> schemars::JsonSchema for List<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Vec::<T>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        Vec::<T>::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Vec::<T>::json_schema(generator)
    }
    fn inline_schema() -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_and_static_text_read_as_written() {
        assert_eq!(Str::from(String::from("Swallow")).as_str(), "Swallow");
        assert_eq!(Str::Static("llm-jp").as_str(), "llm-jp");
        assert_eq!(Str::default().as_str(), "");
        assert_eq!(Str::from("a"), Str::from(String::from("a")));
    }

    #[test]
    fn an_empty_embedded_list_needs_no_pool() {
        let l: List<Str> = List::EMPTY;
        assert!(l.is_empty());
        assert_eq!(l.as_static(), Some(&[][..]));
    }

    #[test]
    fn to_mut_makes_a_borrowed_list_owned_with_the_same_items() {
        static ITEMS: [u32; 3] = [1, 2, 3];
        let mut l = List::Static(&ITEMS[..]);
        assert!(l.is_borrowed());
        l.to_mut().push(4);
        assert!(!l.is_borrowed());
        assert_eq!(&l[..], &[1, 2, 3, 4]);
    }
}
