//! A serde serializer that writes a value of the catalog schema as a Rust
//! expression, so build.rs can embed the catalog as statics: strings become
//! `Cow::Borrowed("…")`, sequences `Cow::Borrowed(&[…])`, structs struct
//! literals and unit enum variants paths. Only the shapes the schema uses are
//! supported; anything else is a build error, not silent data loss.
//! [`statics`] writes every table of a catalog so.

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

/// `&[...]` of `items`, each written as a Rust expression.
pub fn slice<T: Serialize>(items: &[T]) -> Result<String, Error> {
    let mut out = String::from("&[");
    for item in items {
        item.serialize(&mut Writer { out: &mut out })?;
        out.push_str(",\n");
    }
    out.push(']');
    Ok(out)
}

/// One `pub static NAME: &[Row] = &[…];` line per table of the catalog, in
/// the order of [`Catalog`]'s fields, named as [`Table::embedded`] says.
pub fn statics(catalog: &Catalog) -> Result<String, Error> {
    struct Statics(String);
    impl Visit for Statics {
        type Error = Error;
        fn table<T: Row>(&mut self, table: &'static Table, rows: &[T]) -> Result<(), Error> {
            let _ = writeln!(
                self.0,
                "pub static {}: &[{}] = {};",
                table.embedded,
                table.ty,
                slice(rows)?
            );
            Ok(())
        }
    }
    let mut code = Statics(String::new());
    catalog.visit(&mut code)?;
    Ok(code.0)
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
        // Debug formatting of a str is a valid Rust string literal.
        let _ = write!(self.out, "::std::borrow::Cow::Borrowed({v:?})");
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
        self.out.push_str("::std::borrow::Cow::Borrowed(&[");
        Ok(Seq { w: self })
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
}

impl ser::SerializeSeq for Seq<'_, '_> {
    type Ok = Ok;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)?;
        self.w.out.push(',');
        Ok(())
    }
    fn end(self) -> Result<Ok, Error> {
        self.w.out.push_str("])");
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
        value.serialize(&mut *self.w)?;
        self.w.out.push(',');
        Ok(())
    }
    fn end(self) -> Result<Ok, Error> {
        self.w.out.push('}');
        Ok(())
    }
}
