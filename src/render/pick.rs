//! `--json FIELDS`: the keys asked of each record's JSON object, in the
//! order asked. A record's object is a struct deriving `Serialize`; the
//! [`Pick`] serializer below keeps the fields asked and never serializes
//! the others. (Serializing the whole object into a `serde_json::Value` to
//! take a few keys out built and freed every checkpoint, score and paper:
//! 39M instructions for the 85 families of `list --license apache
//! --min-params 7b --json id`, 24 ms for `list --json id,name`.) An object
//! that is not a plain struct (a map, a `Value`) is picked from its whole
//! `Value`, as before.

use serde::ser::{Impossible, SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};
use serde_json::Value;

/// Some keys of an object, in the order asked (serde_json's `Map` sorts
/// its keys; this keeps them as `--json params,name,id` lists them). A key
/// the object lacks is `null`, and so is a key asked a second time.
pub struct Picked(Vec<(String, Value)>);

impl Picked {
    pub fn of(value: &impl Serialize, fields: &[String]) -> Picked {
        let mut found: Vec<Option<Value>> = vec![None; fields.len()];
        let picked = value.serialize(Pick {
            fields,
            found: &mut found,
        });
        if picked.is_err() {
            return Picked::from_whole(value, fields);
        }
        Picked(
            fields
                .iter()
                .cloned()
                .zip(found.into_iter().map(|v| v.unwrap_or(Value::Null)))
                .collect(),
        )
    }

    /// The keys taken out of the whole object's `Value`.
    fn from_whole(value: &impl Serialize, fields: &[String]) -> Picked {
        let mut map = match serde_json::to_value(value) {
            Ok(Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        };
        Picked(
            fields
                .iter()
                .map(|f| (f.clone(), map.remove(f).unwrap_or(Value::Null)))
                .collect(),
        )
    }
}

impl Serialize for Picked {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Serializes a struct's fields named in `fields` into `found` (at the
/// first position naming each); anything but a struct is an error, for
/// [`Picked::of`] to fall back on.
struct Pick<'a> {
    fields: &'a [String],
    found: &'a mut [Option<Value>],
}

/// The error of every shape [`Pick`] does not take.
fn not_a_struct() -> serde_json::Error {
    serde::ser::Error::custom("not a struct")
}

macro_rules! not_a_struct {
    ($($method:ident($($arg:ty),*);)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<(), serde_json::Error> {
            Err(not_a_struct())
        })*
    };
}

impl<'a> Serializer for Pick<'a> {
    type Ok = ();
    type Error = serde_json::Error;
    type SerializeSeq = Impossible<(), serde_json::Error>;
    type SerializeTuple = Impossible<(), serde_json::Error>;
    type SerializeTupleStruct = Impossible<(), serde_json::Error>;
    type SerializeTupleVariant = Impossible<(), serde_json::Error>;
    type SerializeMap = Impossible<(), serde_json::Error>;
    type SerializeStruct = Pick<'a>;
    type SerializeStructVariant = Impossible<(), serde_json::Error>;

    not_a_struct! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_f32(f32);
        serialize_f64(f64);
        serialize_char(char);
        serialize_str(&str);
        serialize_bytes(&[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(&'static str);
        serialize_unit_variant(&'static str, u32, &'static str);
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, serde_json::Error> {
        Err(not_a_struct())
    }

    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, serde_json::Error> {
        Ok(self)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, serde_json::Error> {
        Err(not_a_struct())
    }
}

impl SerializeStruct for Pick<'_> {
    type Ok = ();
    type Error = serde_json::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), serde_json::Error> {
        if let Some(i) = self.fields.iter().position(|f| f == key) {
            if let Some(slot) = self.found.get_mut(i) {
                *slot = Some(serde_json::to_value(value)?);
            }
        }
        Ok(())
    }

    fn end(self) -> Result<(), serde_json::Error> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the fields come to: the same as taking them out of the whole
    /// object's `Value`, for a struct (with a skipped field and a nested
    /// one), for a key asked twice or missing, and for a `Value`.
    #[test]
    fn picking_a_struct_agrees_with_picking_from_its_value() {
        #[derive(Serialize)]
        struct Inner {
            a: u32,
        }
        #[derive(Serialize)]
        struct Record {
            id: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            gone: Option<u32>,
            inner: Inner,
            list: Vec<f64>,
        }
        let record = Record {
            id: "x",
            gone: None,
            inner: Inner { a: 7 },
            list: vec![1.5, f64::NAN],
        };
        let fields: Vec<String> = ["list", "id", "gone", "nope", "id", "inner"]
            .map(String::from)
            .to_vec();
        let json = |p: Picked| serde_json::to_string(&p).expect("serializes");
        let picked = json(Picked::of(&record, &fields));
        assert_eq!(picked, json(Picked::from_whole(&record, &fields)));
        assert_eq!(
            picked,
            r#"{"list":[1.5,null],"id":"x","gone":null,"nope":null,"id":null,"inner":{"a":7}}"#
        );
        let value = serde_json::to_value(&record).expect("a value");
        assert_eq!(json(Picked::of(&value, &fields)), picked);
    }
}
