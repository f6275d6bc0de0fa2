//! `log`, `log10` and `pow`, the only functions of the C math library the
//! binary calls (the chart's logarithmic axes: ours and plotters'), defined
//! here so that the linker leaves `libm.so.6` out of the binary's needs and
//! the dynamic loader does not open, map and relocate it at every start:
//! about 50 µs and 8 page faults of a hello-world's 0.8 ms
//! (docs/performance.md). The first call opens the C library's own
//! functions with `dlopen`, so the chart gets exactly the answers it got
//! when the library was linked; where that fails, the `libm` crate (Rust's
//! port of musl's) answers, within one unit in the last place.
//! The binary exports these names, so any later-loaded library calling
//! `log` by name reaches them too, and through them the same C functions.
//! `tests/binary.rs` checks that the binary does not need `libm.so`. Only
//! the binary has this module: the library and its tests call the C
//! library as linked.

use std::sync::OnceLock;

type Unary = unsafe extern "C" fn(f64) -> f64;
type Binary = unsafe extern "C" fn(f64, f64) -> f64;

/// The functions every call goes to.
struct Functions {
    log: Unary,
    log10: Unary,
    pow: Binary,
}

fn functions() -> &'static Functions {
    static FUNCTIONS: OnceLock<Functions> = OnceLock::new();
    FUNCTIONS.get_or_init(|| {
        c_library().unwrap_or(Functions {
            log: fallback_log,
            log10: fallback_log10,
            pow: fallback_pow,
        })
    })
}

/// The C library's functions, from `libm.so.6` opened for them.
fn c_library() -> Option<Functions> {
    // SAFETY: dlopen and dlsym get NUL-terminated names and a handle
    // checked for null; the handle is never closed, so the functions stay
    // valid; each symbol found has the C type given to it (C99 7.12).
    unsafe {
        let lib = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL);
        if lib.is_null() {
            return None;
        }
        let symbol =
            |name: &std::ffi::CStr| Some(libc::dlsym(lib, name.as_ptr())).filter(|f| !f.is_null());
        Some(Functions {
            log: std::mem::transmute::<*mut libc::c_void, Unary>(symbol(c"log")?),
            log10: std::mem::transmute::<*mut libc::c_void, Unary>(symbol(c"log10")?),
            pow: std::mem::transmute::<*mut libc::c_void, Binary>(symbol(c"pow")?),
        })
    }
}

extern "C" fn fallback_log(x: f64) -> f64 {
    libm::log(x)
}

extern "C" fn fallback_log10(x: f64) -> f64 {
    libm::log10(x)
}

extern "C" fn fallback_pow(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

/// The natural logarithm, which `f64::ln` calls.
#[no_mangle]
pub extern "C" fn log(x: f64) -> f64 {
    // SAFETY: a C math function, or the fallback, of this type.
    unsafe { (functions().log)(x) }
}

/// The base-10 logarithm, which `f64::log10` calls.
#[no_mangle]
pub extern "C" fn log10(x: f64) -> f64 {
    // SAFETY: as in `log`.
    unsafe { (functions().log10)(x) }
}

/// `x` to the power `y`, which `f64::powf` calls.
#[no_mangle]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    // SAFETY: as in `log`.
    unsafe { (functions().pow)(x, y) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ulps(a: f64, b: f64) -> u64 {
        (a.to_bits() as i64).abs_diff(b.to_bits() as i64)
    }

    /// Logarithms and powers on what the chart computes: parameter counts,
    /// scores, powers of ten.
    fn inputs() -> Vec<f64> {
        let mut xs = vec![0.0, 1.0, 10.0, 1e-5, 0.37, f64::INFINITY, f64::NAN, -1.0];
        let mut x = 1e-3;
        while x < 1e13 {
            xs.push(x);
            x = x * 1.013 + 0.7;
        }
        xs
    }

    #[test]
    fn the_calls_go_to_the_c_library() {
        let c = c_library().expect("libm.so.6 opens and has log, log10 and pow");
        for x in inputs() {
            // SAFETY: C math functions.
            let (l, l10, p) = unsafe { ((c.log)(x), (c.log10)(x), (c.pow)(x, 0.37)) };
            assert_eq!(log(x).to_bits(), l.to_bits(), "log({x})");
            assert_eq!(log10(x).to_bits(), l10.to_bits(), "log10({x})");
            assert_eq!(pow(x, 0.37).to_bits(), p.to_bits(), "pow({x}, 0.37)");
            assert_eq!(x.ln().to_bits(), l.to_bits(), "f64::ln({x})");
        }
        assert_eq!(pow(10.0, -5.0), 1e-5);
    }

    #[test]
    fn the_fallback_is_within_one_unit_in_the_last_place() {
        let c = c_library().expect("libm.so.6 opens and has log, log10 and pow");
        for x in inputs().into_iter().filter(|x| x.is_finite() && *x > 0.0) {
            // SAFETY: C math functions.
            let (l, l10, p) = unsafe { ((c.log)(x), (c.log10)(x), (c.pow)(x, 0.37)) };
            assert!(ulps(fallback_log(x), l) <= 1, "log({x})");
            assert!(ulps(fallback_log10(x), l10) <= 1, "log10({x})");
            assert!(ulps(fallback_pow(x, 0.37), p) <= 1, "pow({x}, 0.37)");
        }
        // Exactly at the powers of ten the chart's axes start and end at.
        for k in 0..=15 {
            assert_eq!(fallback_log10(10f64.powi(k)), f64::from(k), "log10(1e{k})");
            assert_eq!(
                fallback_pow(10.0, f64::from(k)),
                10f64.powi(k),
                "pow(10, {k})"
            );
        }
    }
}
