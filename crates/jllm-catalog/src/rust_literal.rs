//! A serde serializer that writes a value of the catalog schema as a Rust
//! expression, so build.rs can embed the catalog as statics that hold no
//! pointer (`schema/embed.rs` says why): each text goes into one text blob
//! and becomes `Str::Embedded(Span::new(start, len))`, each sequence's
//! items go into one array per element type and the sequence becomes
//! `List::Embedded(Span::new(start, len))`, structs become struct literals
//! and unit enum variants paths. Only the shapes the schema uses are
//! supported; anything else is a build error, not silent data loss.
//! [`Embedder`] holds the blob and the arrays; [`Embedder::statics`] writes
//! every table of a catalog, [`Embedder::finish`] lays the blob out, and
//! writes the arrays and the `install` function that hands them to the
//! schema's types.

use std::collections::{BTreeMap, HashMap};
use std::fmt::{self, Write};

use serde::ser::{self, Serialize};

use crate::schema::{Catalog, Row, Table, Visit};

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

fn unsupported(what: &str) -> Error {
    Error(format!(
        "the catalog schema uses {what}, which build.rs cannot embed"
    ))
}

/// The text blob and the arrays of embedded items, filled as values are
/// written.
#[derive(Default)]
pub struct Embedder {
    /// Each distinct text, in the order first met: a repeated text (a
    /// developer id, `general`) is stored once.
    texts: Vec<String>,
    /// Where each text is in `texts`.
    index: HashMap<String, u32>,
    /// Per text, whether it goes in the blob's first part (see
    /// [`SHORT_TEXT`]).
    hot: Vec<bool>,
    /// Per element type (its Rust name), the items' expressions.
    pools: BTreeMap<String, Vec<String>>,
}

/// What build.rs writes: the Rust code, and the text blob it includes.
pub struct Embedded {
    pub code: String,
    pub text: String,
}

/// Texts no longer than this (ids, dates, most names) and the texts of
/// [`ROW_FIELDS`] (what a row of a table shows) come first in the blob;
/// the others (links, descriptions, the pre-rendered JSON) after; each
/// part in the order its texts were met. A filtered `list` then reads its
/// rows' texts from a few pages instead of pages spread over the whole
/// blob, and each page first read is a page fault (docs/performance.md).
pub const SHORT_TEXT: usize = 64;

/// The fields whose texts a table's row shows at any length: names (of
/// families, developers, licenses) and the architecture column, which
/// falls back to the base model.
pub const ROW_FIELDS: &[&str] = &["name", "name_ja", "name_fr", "architecture", "base_model"];

/// Until [`Embedder::finish`] lays the blob out, a text's span is written
/// as its index between two of these (no Rust expression holds a NUL).
const MARK: char = '\0';

impl Embedder {
    /// `v` as a Rust expression; its texts and sequences go into the blob
    /// and the arrays. Its text spans are resolved by [`Embedder::finish`].
    pub fn value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<String, Error> {
        let mut out = String::new();
        v.serialize(&mut Writer {
            out: &mut out,
            em: self,
            field: "",
        })?;
        Ok(out)
    }

    /// The expression of a `List` holding `items`.
    pub fn list<T: Serialize>(&mut self, items: &[T]) -> Result<String, Error> {
        self.value(items)
    }

    /// One `pub static NAME: List<Row> = …;` line per table of the catalog,
    /// in the order of [`Catalog`]'s fields, named as [`Table::embedded`]
    /// says.
    pub fn statics(&mut self, catalog: &Catalog) -> Result<String, Error> {
        struct Statics<'a> {
            code: String,
            em: &'a mut Embedder,
        }
        impl Visit for Statics<'_> {
            type Error = Error;
            fn table<T: Row>(&mut self, table: &'static Table, rows: &[T]) -> Result<(), Error> {
                let list = self.em.list(rows)?;
                let _ = writeln!(
                    self.code,
                    "pub static {}: List<{}> = {list};",
                    table.embedded, table.ty,
                );
                Ok(())
            }
        }
        let mut code = Statics {
            code: String::new(),
            em: self,
        };
        catalog.visit(&mut code)?;
        Ok(code.code)
    }

    /// Lays the blob out (see [`SHORT_TEXT`]) and returns `code` (what
    /// [`Embedder::value`], [`Embedder::list`] and [`Embedder::statics`]
    /// returned, joined) with its texts' spans, then the arrays as statics
    /// and `install()`, which hands the blob (`text`, included from
    /// `text_file` in `OUT_DIR`) and the arrays to the schema's types; the
    /// binary calls it once before reading any.
    pub fn finish(self, text_file: &str, code: &str) -> Result<Embedded, Error> {
        let mut order: Vec<usize> = (0..self.texts.len()).collect();
        order.sort_by_key(|&i| !self.hot[i]);
        let mut text = String::with_capacity(self.texts.iter().map(String::len).sum());
        let mut spans = vec![(0, 0); self.texts.len()];
        for i in order {
            let too_big = || Error(String::from("the embedded text passes 4 GiB"));
            let start = u32::try_from(text.len()).map_err(|_| too_big())?;
            let len = u32::try_from(self.texts[i].len()).map_err(|_| too_big())?;
            start.checked_add(len).ok_or_else(too_big)?;
            text.push_str(&self.texts[i]);
            spans[i] = (start, len);
        }
        let mut out = String::with_capacity(code.len() * 2);
        resolve(&mut out, code, &spans)?;
        // The blob as a named array (a `str` literal would be anonymous),
        // so the linker can be told where to place it (build.rs).
        let _ = writeln!(
            out,
            "static EMBEDDED_TEXT_BYTES: [u8; {}] = *include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{text_file}\"));\n\
             // SAFETY: the bytes are `text` below, a `String`, written as they are.\n\
             static EMBEDDED_TEXT: &str = unsafe {{ ::core::str::from_utf8_unchecked(&EMBEDDED_TEXT_BYTES) }};",
            text.len()
        );
        let mut install = String::from(
            "pub fn install() {\n    let _ = ::jllm_catalog::schema::TEXT.set(EMBEDDED_TEXT);\n",
        );
        for (ty, items) in &self.pools {
            let _ = write!(out, "static POOL_{ty}: [{ty}; {}] = [", items.len());
            for item in items {
                resolve(&mut out, item, &spans)?;
                out.push_str(",\n");
            }
            out.push_str("];\n");
            let _ = writeln!(
                install,
                "    let _ = <{ty} as ::jllm_catalog::schema::Pooled>::pool().set(&POOL_{ty});"
            );
        }
        install.push_str("}\n");
        out.push_str(&install);
        Ok(Embedded { code: out, text })
    }

    /// The index of `v` among the texts, adding it when new; `field` is
    /// the struct field it is the value of (empty when none).
    fn text(&mut self, v: &str, field: &str) -> Result<u32, Error> {
        let hot = v.len() <= SHORT_TEXT || ROW_FIELDS.contains(&field);
        if let Some(&i) = self.index.get(v) {
            if let Some(h) = self.hot.get_mut(i as usize) {
                *h |= hot;
            }
            return Ok(i);
        }
        let i = u32::try_from(self.texts.len())
            .map_err(|_| Error(String::from("more than 4 billion texts")))?;
        self.texts.push(v.to_owned());
        self.hot.push(hot);
        self.index.insert(v.to_owned(), i);
        Ok(i)
    }

    /// Adds `items` (expressions of type `ty`) to `ty`'s array; their span.
    fn pool(&mut self, ty: String, items: Vec<String>) -> (usize, usize) {
        let pool = self.pools.entry(ty).or_default();
        let start = pool.len();
        let len = items.len();
        pool.extend(items);
        (start, len)
    }
}

/// Appends `code` to `out` with each text index written between two
/// [`MARK`]s replaced by that text's span, `start, len`.
fn resolve(out: &mut String, code: &str, spans: &[(u32, u32)]) -> Result<(), Error> {
    let mut parts = code.split(MARK);
    out.push_str(parts.next().unwrap_or(""));
    while let Some(index) = parts.next() {
        let span = index
            .parse::<usize>()
            .ok()
            .and_then(|i| spans.get(i))
            .ok_or_else(|| Error(format!("no text numbered {index:?}")))?;
        let _ = write!(out, "{}, {}", span.0, span.1);
        out.push_str(parts.next().unwrap_or(""));
    }
    Ok(())
}

/// The Rust name an embedded sequence's array is declared with: the last
/// segment of the element's type (`Variant`, `u32`), text of any kind being
/// the schema's `Str`.
fn element_type<T: ?Sized>() -> String {
    let name = std::any::type_name::<T>().trim_start_matches('&');
    let last = name.rsplit("::").next().unwrap_or(name);
    match last {
        "String" | "str" => String::from("Str"),
        other => other.to_owned(),
    }
}

/// `kebab-case` serde names back to the Rust variant names.
fn camel(variant: &str) -> String {
    variant
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

struct Writer<'a> {
    out: &'a mut String,
    em: &'a mut Embedder,
    /// The struct field being written, empty outside one.
    field: &'static str,
}

type Ok = ();

macro_rules! number {
    ($($f:ident: $t:ty),*) => {$(
        fn $f(self, v: $t) -> Result<Ok, Error> {
            let _ = write!(self.out, "{v}");
            Ok(())
        }
    )*};
}

impl<'a, 'b> ser::Serializer for &'b mut Writer<'a> {
    type Ok = Ok;
    type Error = Error;
    type SerializeSeq = Seq<'a, 'b>;
    type SerializeTuple = ser::Impossible<Ok, Error>;
    type SerializeTupleStruct = ser::Impossible<Ok, Error>;
    type SerializeTupleVariant = ser::Impossible<Ok, Error>;
    type SerializeMap = ser::Impossible<Ok, Error>;
    type SerializeStruct = Struct<'a, 'b>;
    type SerializeStructVariant = ser::Impossible<Ok, Error>;

    number!(serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
            serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64);

    fn serialize_bool(self, v: bool) -> Result<Ok, Error> {
        let _ = write!(self.out, "{v}");
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<Ok, Error> {
        Err(unsupported("f32"))
    }
    fn serialize_f64(self, v: f64) -> Result<Ok, Error> {
        // Debug of a finite f64 is its shortest round-trip form, a valid
        // Rust literal (`0.526`, `1.0`, `1e-7`); scores of the results data.
        if !v.is_finite() {
            return Err(unsupported("a non-finite f64"));
        }
        let _ = write!(self.out, "{v:?}");
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<Ok, Error> {
        let _ = write!(self.out, "{v:?}");
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<Ok, Error> {
        let i = self.em.text(v, self.field)?;
        let _ = write!(self.out, "Str::Embedded(Span::new({MARK}{i}{MARK}))");
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Ok, Error> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<Ok, Error> {
        self.out.push_str("None");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Ok, Error> {
        self.out.push_str("Some(");
        value.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> Result<Ok, Error> {
        Err(unsupported("()"))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Ok, Error> {
        Err(unsupported("unit structs"))
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Ok, Error> {
        let _ = write!(self.out, "{name}::{}", camel(variant));
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<Ok, Error> {
        Err(unsupported("newtype structs"))
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Ok, Error> {
        Err(unsupported("newtype variants"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a, 'b>, Error> {
        Ok(Seq {
            w: self,
            ty: None,
            items: Vec::new(),
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(unsupported("tuples"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(unsupported("tuple structs"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("tuple variants"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("maps"))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Struct<'a, 'b>, Error> {
        let _ = write!(self.out, "{name} {{");
        Ok(Struct { w: self })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("struct variants"))
    }
}

pub struct Seq<'a, 'b> {
    w: &'b mut Writer<'a>,
    /// The elements' type, known from the first.
    ty: Option<String>,
    items: Vec<String>,
}

impl ser::SerializeSeq for Seq<'_, '_> {
    type Ok = Ok;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        let ty = element_type::<T>();
        if self.ty.get_or_insert_with(|| ty.clone()) != &ty {
            return Err(unsupported("a sequence of mixed types"));
        }
        let item = self.w.em.value(value)?;
        self.items.push(item);
        Ok(())
    }
    fn end(self) -> Result<Ok, Error> {
        let (start, len) = match self.ty {
            Some(ty) => self.w.em.pool(ty, self.items),
            None => (0, 0),
        };
        let _ = write!(self.w.out, "List::Embedded(Span::new({start}, {len}))");
        Ok(())
    }
}

pub struct Struct<'a, 'b> {
    w: &'b mut Writer<'a>,
}

impl ser::SerializeStruct for Struct<'_, '_> {
    type Ok = Ok;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let _ = write!(self.w.out, "{key}: ");
        let outer = std::mem::replace(&mut self.w.field, key);
        value.serialize(&mut *self.w)?;
        self.w.field = outer;
        self.w.out.push(',');
        Ok(())
    }
    fn end(self) -> Result<Ok, Error> {
        self.w.out.push('}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_text_is_stored_once_and_items_go_to_their_types_array() {
        let mut em = Embedder::default();
        let list = em.list(&["general", "llm-jp", "general"]).unwrap();
        assert_eq!(list, "List::Embedded(Span::new(0, 3))");
        let one = em.value("llm-jp").unwrap();
        assert_eq!(
            em.list::<String>(&[]).unwrap(),
            "List::Embedded(Span::new(0, 0))"
        );
        assert_eq!(
            em.list(&[7u32, 9]).unwrap(),
            "List::Embedded(Span::new(0, 2))"
        );
        let second = em.list(&["x"]).unwrap();
        assert_eq!(second, "List::Embedded(Span::new(3, 1))");
        let out = em
            .finish("t.txt", &format!("static ONE: Str = {one};\n"))
            .unwrap();
        assert_eq!(out.text, "generalllm-jpx");
        assert!(out
            .code
            .starts_with("static ONE: Str = Str::Embedded(Span::new(7, 6));\n"));
        assert!(out.code.contains(
            "static POOL_Str: [Str; 4] = [Str::Embedded(Span::new(0, 7)),\n\
             Str::Embedded(Span::new(7, 6)),\n\
             Str::Embedded(Span::new(0, 7)),\n\
             Str::Embedded(Span::new(13, 1)),\n];"
        ));
        assert!(out.code.contains("static POOL_u32: [u32; 2] = [7,\n9,\n];"));
        assert!(out
            .code
            .contains("<u32 as ::jllm_catalog::schema::Pooled>::pool().set(&POOL_u32);"));
        assert!(!out.code.contains(MARK));
    }

    #[test]
    fn short_texts_come_first_in_the_order_met() {
        let long_a = "a".repeat(SHORT_TEXT + 1);
        let long_b = "b".repeat(SHORT_TEXT + 5);
        let short = "s".repeat(SHORT_TEXT);
        let mut em = Embedder::default();
        let code = [
            em.value(long_a.as_str()).unwrap(),
            em.value("id").unwrap(),
            em.value(long_b.as_str()).unwrap(),
            em.value(short.as_str()).unwrap(),
        ]
        .join("\n");
        let out = em.finish("t.txt", &code).unwrap();
        assert_eq!(out.text, format!("id{short}{long_a}{long_b}"));
        let spans = |i: usize, n: usize| format!("Str::Embedded(Span::new({i}, {n}))");
        let expected = [
            spans(2 + SHORT_TEXT, SHORT_TEXT + 1),
            spans(0, 2),
            spans(2 + SHORT_TEXT + SHORT_TEXT + 1, SHORT_TEXT + 5),
            spans(2, SHORT_TEXT),
        ]
        .join("\n");
        assert!(out.code.starts_with(&expected), "{}", out.code);
    }

    #[test]
    fn a_long_text_a_row_shows_comes_first_wherever_it_is_met() {
        #[derive(serde::Serialize)]
        struct Row {
            url: String,
            notes: String,
            name: String,
        }
        let name = "n".repeat(SHORT_TEXT * 2);
        let url = "u".repeat(SHORT_TEXT * 2);
        let mut em = Embedder::default();
        let first = em.value(name.as_str()).unwrap();
        let row = em
            .value(&Row {
                url: url.clone(),
                notes: url.clone(),
                name: name.clone(),
            })
            .unwrap();
        let out = em.finish("t.txt", &format!("{first}\n{row}")).unwrap();
        assert_eq!(out.text, format!("{name}{url}"));
        assert!(ROW_FIELDS.contains(&"name") && !ROW_FIELDS.contains(&"url"));
    }
}
