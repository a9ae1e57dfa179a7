;; PDQ's 64x64 image of a full-size video frame, the kernels of frame-downsample.ts in WebAssembly
;; with 128-bit SIMD. Hand-written; `npm run build:wasm` compiles it (wabt) into
;; frame-downsample-wasm.ts, which is what runs (a test checks that the two agree).
;;
;; Same floats as the JavaScript, operation for operation: every add, subtract, multiply and divide
;; is a float32 IEEE operation, as the reference's C++ does them (f32x4 lanes round each result to
;; float32, as Math.fround and Float32Array stores do in the JavaScript; sum / size is a float32
;; division, which equals JavaScript's double division rounded to float32). The row passes are
;; chains of dependent adds along each row, so they run four rows at once, one row per lane (the
;; luma of four rows is transposed into that layout); the column passes run four columns per lane
;; group. The driver (which rows, which phase) stays in frame-downsample.ts; every pointer here is a
;; byte address in the exported memory, laid out by it.
(module
  (memory (export "memory") 1)

  ;; Luma of four rows (pixels at p0..p3, `width` pixels of `ch` bytes), transposed: the float of
  ;; row g, column x at out + 16 x + 4 g. Each pixel's luma is the reference's
  ;; float(0.299) * R + float(0.587) * G + float(0.114) * B, in that order, four pixels at a time
  ;; (bytes widened to int32 lanes, converted as signed: exact for 0-255, and one instruction on
  ;; x86 where the unsigned conversion is several). Reads up to 16 bytes past the last pixel used,
  ;; and writes up to 3 columns past `width` (the caller leaves room).
  (func (export "lumaRows")
    (param $p0 i32) (param $p1 i32) (param $p2 i32) (param $p3 i32)
    (param $width i32) (param $ch i32) (param $out i32)
    (local $mr v128) (local $mg v128) (local $mb v128) (local $step i32) (local $x i32)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local $v v128) (local $kr v128) (local $kg v128) (local $kb v128)
    ;; Byte masks: lane i of each 32-bit group takes byte (ch * pixel + colour), the rest zero (index
    ;; 255 gives 0 in i8x16.swizzle).
    (if (i32.eq (local.get $ch) (i32.const 4))
      (then
        (local.set $mr (v128.const i8x16 0 255 255 255 4 255 255 255 8 255 255 255 12 255 255 255))
        (local.set $mg (v128.const i8x16 1 255 255 255 5 255 255 255 9 255 255 255 13 255 255 255))
        (local.set $mb (v128.const i8x16 2 255 255 255 6 255 255 255 10 255 255 255 14 255 255 255)))
      (else
        (local.set $mr (v128.const i8x16 0 255 255 255 3 255 255 255 6 255 255 255 9 255 255 255))
        (local.set $mg (v128.const i8x16 1 255 255 255 4 255 255 255 7 255 255 255 10 255 255 255))
        (local.set $mb (v128.const i8x16 2 255 255 255 5 255 255 255 8 255 255 255 11 255 255 255))))
    (local.set $kr (f32x4.splat (f32.const 0.299)))
    (local.set $kg (f32x4.splat (f32.const 0.587)))
    (local.set $kb (f32x4.splat (f32.const 0.114)))
    (local.set $step (i32.shl (local.get $ch) (i32.const 2)))
    (block $done
      (loop $columns
        (br_if $done (i32.ge_s (local.get $x) (local.get $width)))
        (local.set $a
          (f32x4.add
            (f32x4.add
              (f32x4.mul
                (f32x4.convert_i32x4_s (i8x16.swizzle (local.tee $v (v128.load (local.get $p0))) (local.get $mr)))
                (local.get $kr))
              (f32x4.mul
                (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $v) (local.get $mg)))
                (local.get $kg)))
            (f32x4.mul
              (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $v) (local.get $mb)))
              (local.get $kb))))
        (local.set $b
          (f32x4.add
            (f32x4.add
              (f32x4.mul
                (f32x4.convert_i32x4_s (i8x16.swizzle (local.tee $v (v128.load (local.get $p1))) (local.get $mr)))
                (local.get $kr))
              (f32x4.mul
                (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $v) (local.get $mg)))
                (local.get $kg)))
            (f32x4.mul
              (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $v) (local.get $mb)))
              (local.get $kb))))
        (local.set $c
          (f32x4.add
            (f32x4.add
              (f32x4.mul
                (f32x4.convert_i32x4_s (i8x16.swizzle (local.tee $v (v128.load (local.get $p2))) (local.get $mr)))
                (local.get $kr))
              (f32x4.mul
                (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $v) (local.get $mg)))
                (local.get $kg)))
            (f32x4.mul
              (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $v) (local.get $mb)))
              (local.get $kb))))
        (local.set $d
          (f32x4.add
            (f32x4.add
              (f32x4.mul
                (f32x4.convert_i32x4_s (i8x16.swizzle (local.tee $v (v128.load (local.get $p3))) (local.get $mr)))
                (local.get $kr))
              (f32x4.mul
                (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $v) (local.get $mg)))
                (local.get $kg)))
            (f32x4.mul
              (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $v) (local.get $mb)))
              (local.get $kb))))
        ;; 4x4 transpose: a0 b0 a1 b1 / a2 b2 a3 b3 / c0 d0 c1 d1 / c2 d2 c3 d3, then pairs of halves.
        (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a) (local.get $b)))
        (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a) (local.get $b)))
        (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $c) (local.get $d)))
        (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $c) (local.get $d)))
        (v128.store offset=0 (local.get $out)
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
        (v128.store offset=16 (local.get $out)
          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
        (v128.store offset=32 (local.get $out)
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
        (v128.store offset=48 (local.get $out)
          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
        (local.set $p0 (i32.add (local.get $p0) (local.get $step)))
        (local.set $p1 (i32.add (local.get $p1) (local.get $step)))
        (local.set $p2 (i32.add (local.get $p2) (local.get $step)))
        (local.set $p3 (i32.add (local.get $p3) (local.get $step)))
        (local.set $out (i32.add (local.get $out) (i32.const 64)))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (br $columns))))

  ;; First row pass (the reference's box1DFloat along rows) of four transposed rows at `in` (one
  ;; 16-byte group per column), row g's output at out + g * rb, one float per column.
  (func (export "rowPass")
    (param $in i32) (param $out i32) (param $rb i32)
    (param $n1 i32) (param $n2 i32) (param $n3 i32) (param $n4 i32)
    (local $s v128) (local $v v128) (local $size f32) (local $li i32) (local $rb2 i32) (local $rb3 i32)
    (local.set $li (local.get $in))
    (local.set $rb2 (i32.shl (local.get $rb) (i32.const 1)))
    (local.set $rb3 (i32.add (local.get $rb2) (local.get $rb)))
    (block $d1 (loop $l1
      (br_if $d1 (i32.eqz (local.get $n1)))
      (local.set $s (f32x4.add (local.get $s) (v128.load (local.get $in))))
      (local.set $in (i32.add (local.get $in) (i32.const 16)))
      (local.set $size (f32.add (local.get $size) (f32.const 1)))
      (local.set $n1 (i32.sub (local.get $n1) (i32.const 1)))
      (br $l1)))
    (block $d2 (loop $l2
      (br_if $d2 (i32.eqz (local.get $n2)))
      (local.set $s (f32x4.add (local.get $s) (v128.load (local.get $in))))
      (local.set $in (i32.add (local.get $in) (i32.const 16)))
      (local.set $size (f32.add (local.get $size) (f32.const 1)))
      (local.set $v (f32x4.div (local.get $s) (f32x4.splat (local.get $size))))
      (v128.store32_lane 0 (local.get $out) (local.get $v))
      (v128.store32_lane 1 (i32.add (local.get $out) (local.get $rb)) (local.get $v))
      (v128.store32_lane 2 (i32.add (local.get $out) (local.get $rb2)) (local.get $v))
      (v128.store32_lane 3 (i32.add (local.get $out) (local.get $rb3)) (local.get $v))
      (local.set $out (i32.add (local.get $out) (i32.const 4)))
      (local.set $n2 (i32.sub (local.get $n2) (i32.const 1)))
      (br $l2)))
    (block $d3 (loop $l3
      (br_if $d3 (i32.eqz (local.get $n3)))
      (local.set $s
        (f32x4.sub
          (f32x4.add (local.get $s) (v128.load (local.get $in)))
          (v128.load (local.get $li))))
      (local.set $in (i32.add (local.get $in) (i32.const 16)))
      (local.set $li (i32.add (local.get $li) (i32.const 16)))
      (local.set $v (f32x4.div (local.get $s) (f32x4.splat (local.get $size))))
      (v128.store32_lane 0 (local.get $out) (local.get $v))
      (v128.store32_lane 1 (i32.add (local.get $out) (local.get $rb)) (local.get $v))
      (v128.store32_lane 2 (i32.add (local.get $out) (local.get $rb2)) (local.get $v))
      (v128.store32_lane 3 (i32.add (local.get $out) (local.get $rb3)) (local.get $v))
      (local.set $out (i32.add (local.get $out) (i32.const 4)))
      (local.set $n3 (i32.sub (local.get $n3) (i32.const 1)))
      (br $l3)))
    (block $d4 (loop $l4
      (br_if $d4 (i32.eqz (local.get $n4)))
      (local.set $s (f32x4.sub (local.get $s) (v128.load (local.get $li))))
      (local.set $li (i32.add (local.get $li) (i32.const 16)))
      (local.set $size (f32.sub (local.get $size) (f32.const 1)))
      (local.set $v (f32x4.div (local.get $s) (f32x4.splat (local.get $size))))
      (v128.store32_lane 0 (local.get $out) (local.get $v))
      (v128.store32_lane 1 (i32.add (local.get $out) (local.get $rb)) (local.get $v))
      (v128.store32_lane 2 (i32.add (local.get $out) (local.get $rb2)) (local.get $v))
      (v128.store32_lane 3 (i32.add (local.get $out) (local.get $rb3)) (local.get $v))
      (local.set $out (i32.add (local.get $out) (i32.const 4)))
      (local.set $n4 (i32.sub (local.get $n4) (i32.const 1)))
      (br $l4))))

  ;; One row of the first column pass, four columns at a time over `n` groups: sums += row `r`
  ;; (mode 0, 1, 2), sums -= row `l` (mode 2, 3); modes 1-3 also write sums / size transposed into
  ;; `out` (column c's float at out + 16 c: the second row pass's input layout).
  (func (export "columnRow")
    (param $r i32) (param $l i32) (param $sums i32) (param $n i32) (param $mode i32)
    (param $size f32) (param $out i32)
    (local $s v128) (local $d v128)
    (local.set $d (f32x4.splat (local.get $size)))
    (if (i32.eqz (local.get $mode))
      (then
        (block $d0 (loop $l0
          (br_if $d0 (i32.eqz (local.get $n)))
          (v128.store (local.get $sums)
            (f32x4.add (v128.load (local.get $sums)) (v128.load (local.get $r))))
          (local.set $sums (i32.add (local.get $sums) (i32.const 16)))
          (local.set $r (i32.add (local.get $r) (i32.const 16)))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $l0)))
        (return)))
    (block $d (loop $l
      (br_if $d (i32.eqz (local.get $n)))
      (local.set $s (v128.load (local.get $sums)))
      (if (i32.le_u (local.get $mode) (i32.const 2))
        (then
          (local.set $s (f32x4.add (local.get $s) (v128.load (local.get $r))))
          (local.set $r (i32.add (local.get $r) (i32.const 16)))))
      (if (i32.ge_u (local.get $mode) (i32.const 2))
        (then
          (local.set $s (f32x4.sub (local.get $s) (v128.load (local.get $l))))
          (local.set $l (i32.add (local.get $l) (i32.const 16)))))
      (v128.store (local.get $sums) (local.get $s))
      (local.set $s (f32x4.div (local.get $s) (local.get $d)))
      (v128.store32_lane offset=0 0 (local.get $out) (local.get $s))
      (v128.store32_lane offset=16 1 (local.get $out) (local.get $s))
      (v128.store32_lane offset=32 2 (local.get $out) (local.get $s))
      (v128.store32_lane offset=48 3 (local.get $out) (local.get $s))
      (local.set $out (i32.add (local.get $out) (i32.const 64)))
      (local.set $sums (i32.add (local.get $sums) (i32.const 16)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $l))))

  ;; Second row pass of four transposed rows at `in`, keeping only the decimated columns: kept
  ;; column k of row g goes to out + 256 g + 4 k (rows of 64 floats). `kept`: the 64 column indexes
  ;; (int32, increasing) and a -1 after them. Stops after the last kept column.
  (func (export "rowPassKept")
    (param $in i32) (param $out i32) (param $kept i32)
    (param $n1 i32) (param $n2 i32) (param $n3 i32) (param $n4 i32)
    (local $s v128) (local $v v128) (local $size f32) (local $li i32) (local $oi i32) (local $next i32)
    (local $last i32)
    (local.set $li (local.get $in))
    (local.set $next (i32.load (local.get $kept)))
    (local.set $last (i32.load offset=252 (local.get $kept)))
    (block $d1 (loop $l1
      (br_if $d1 (i32.eqz (local.get $n1)))
      (local.set $s (f32x4.add (local.get $s) (v128.load (local.get $in))))
      (local.set $in (i32.add (local.get $in) (i32.const 16)))
      (local.set $size (f32.add (local.get $size) (f32.const 1)))
      (local.set $n1 (i32.sub (local.get $n1) (i32.const 1)))
      (br $l1)))
    (block $d2 (loop $l2
      (br_if $d2 (i32.eqz (local.get $n2)))
      (local.set $s (f32x4.add (local.get $s) (v128.load (local.get $in))))
      (local.set $in (i32.add (local.get $in) (i32.const 16)))
      (local.set $size (f32.add (local.get $size) (f32.const 1)))
      (block $wd (loop $wl
        (br_if $wd (i32.ne (local.get $oi) (local.get $next)))
        (local.set $v (f32x4.div (local.get $s) (f32x4.splat (local.get $size))))
        (v128.store32_lane offset=0 0 (local.get $out) (local.get $v))
        (v128.store32_lane offset=256 1 (local.get $out) (local.get $v))
        (v128.store32_lane offset=512 2 (local.get $out) (local.get $v))
        (v128.store32_lane offset=768 3 (local.get $out) (local.get $v))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $kept (i32.add (local.get $kept) (i32.const 4)))
        (local.set $next (i32.load (local.get $kept)))
        (br $wl)))
      (local.set $oi (i32.add (local.get $oi) (i32.const 1)))
      (local.set $n2 (i32.sub (local.get $n2) (i32.const 1)))
      (br $l2)))
    (block $d3 (loop $l3
      (br_if $d3 (i32.eqz (local.get $n3)))
      (br_if $d3 (i32.gt_s (local.get $oi) (local.get $last)))
      (local.set $s
        (f32x4.sub
          (f32x4.add (local.get $s) (v128.load (local.get $in)))
          (v128.load (local.get $li))))
      (local.set $in (i32.add (local.get $in) (i32.const 16)))
      (local.set $li (i32.add (local.get $li) (i32.const 16)))
      (block $wd (loop $wl
        (br_if $wd (i32.ne (local.get $oi) (local.get $next)))
        (local.set $v (f32x4.div (local.get $s) (f32x4.splat (local.get $size))))
        (v128.store32_lane offset=0 0 (local.get $out) (local.get $v))
        (v128.store32_lane offset=256 1 (local.get $out) (local.get $v))
        (v128.store32_lane offset=512 2 (local.get $out) (local.get $v))
        (v128.store32_lane offset=768 3 (local.get $out) (local.get $v))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $kept (i32.add (local.get $kept) (i32.const 4)))
        (local.set $next (i32.load (local.get $kept)))
        (br $wl)))
      (local.set $oi (i32.add (local.get $oi) (i32.const 1)))
      (local.set $n3 (i32.sub (local.get $n3) (i32.const 1)))
      (br $l3)))
    (block $d4 (loop $l4
      (br_if $d4 (i32.eqz (local.get $n4)))
      (br_if $d4 (i32.gt_s (local.get $oi) (local.get $last)))
      (local.set $s (f32x4.sub (local.get $s) (v128.load (local.get $li))))
      (local.set $li (i32.add (local.get $li) (i32.const 16)))
      (local.set $size (f32.sub (local.get $size) (f32.const 1)))
      (block $wd (loop $wl
        (br_if $wd (i32.ne (local.get $oi) (local.get $next)))
        (local.set $v (f32x4.div (local.get $s) (f32x4.splat (local.get $size))))
        (v128.store32_lane offset=0 0 (local.get $out) (local.get $v))
        (v128.store32_lane offset=256 1 (local.get $out) (local.get $v))
        (v128.store32_lane offset=512 2 (local.get $out) (local.get $v))
        (v128.store32_lane offset=768 3 (local.get $out) (local.get $v))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $kept (i32.add (local.get $kept) (i32.const 4)))
        (local.set $next (i32.load (local.get $kept)))
        (br $wl)))
      (local.set $oi (i32.add (local.get $oi) (i32.const 1)))
      (local.set $n4 (i32.sub (local.get $n4) (i32.const 1)))
      (br $l4))))

  ;; Second column pass on the 64 kept columns (`rows` of 64 floats at `in`), writing the 64 kept
  ;; rows (`kept`: 64 row indexes, then -1) to out (64x64 floats). `sums`: 256 bytes of scratch.
  (func (export "columnPassKept")
    (param $in i32) (param $out i32) (param $kept i32) (param $sums i32)
    (param $n1 i32) (param $n2 i32) (param $n3 i32) (param $n4 i32)
    (local $size f32) (local $li i32) (local $oi i32) (local $next i32) (local $j i32) (local $mode i32)
    (local $i i32) (local $d v128)
    (memory.fill (local.get $sums) (i32.const 0) (i32.const 256))
    (local.set $li (local.get $in))
    (local.set $next (i32.load (local.get $kept)))
    ;; mode 0: adds only; 1: add, size + 1; 2: add and subtract; 3: subtract, size - 1.
    (loop $phases
      (local.set $i
        (select (local.get $n1)
          (select (local.get $n2)
            (select (local.get $n3) (local.get $n4) (i32.eq (local.get $mode) (i32.const 2)))
            (i32.eq (local.get $mode) (i32.const 1)))
          (i32.eqz (local.get $mode))))
      (block $rows_done (loop $rows
        (br_if $rows_done (i32.eqz (local.get $i)))
        (if (i32.le_u (local.get $mode) (i32.const 1))
          (then (local.set $size (f32.add (local.get $size) (f32.const 1)))))
        (if (i32.eq (local.get $mode) (i32.const 3))
          (then (local.set $size (f32.sub (local.get $size) (f32.const 1)))))
        (local.set $j (i32.const 0))
        (block $cols_done (loop $cols
          (if (i32.le_u (local.get $mode) (i32.const 2))
            (then
              (v128.store (i32.add (local.get $sums) (local.get $j))
                (f32x4.add
                  (v128.load (i32.add (local.get $sums) (local.get $j)))
                  (v128.load (i32.add (local.get $in) (local.get $j)))))))
          (if (i32.ge_u (local.get $mode) (i32.const 2))
            (then
              (v128.store (i32.add (local.get $sums) (local.get $j))
                (f32x4.sub
                  (v128.load (i32.add (local.get $sums) (local.get $j)))
                  (v128.load (i32.add (local.get $li) (local.get $j)))))))
          (local.set $j (i32.add (local.get $j) (i32.const 16)))
          (br_if $cols (i32.lt_u (local.get $j) (i32.const 256)))))
        (if (i32.le_u (local.get $mode) (i32.const 2))
          (then (local.set $in (i32.add (local.get $in) (i32.const 256)))))
        (if (i32.ge_u (local.get $mode) (i32.const 2))
          (then (local.set $li (i32.add (local.get $li) (i32.const 256)))))
        (if (local.get $mode)
          (then
            (local.set $d (f32x4.splat (local.get $size)))
            (block $wd (loop $wl
              (br_if $wd (i32.ne (local.get $oi) (local.get $next)))
              (local.set $j (i32.const 0))
              (loop $copy
                (v128.store (i32.add (local.get $out) (local.get $j))
                  (f32x4.div (v128.load (i32.add (local.get $sums) (local.get $j))) (local.get $d)))
                (local.set $j (i32.add (local.get $j) (i32.const 16)))
                (br_if $copy (i32.lt_u (local.get $j) (i32.const 256))))
              (local.set $out (i32.add (local.get $out) (i32.const 256)))
              (local.set $kept (i32.add (local.get $kept) (i32.const 4)))
              (local.set $next (i32.load (local.get $kept)))
              (br $wl)))
            (local.set $oi (i32.add (local.get $oi) (i32.const 1)))))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $rows)))
      (local.set $mode (i32.add (local.get $mode) (i32.const 1)))
      (br_if $phases (i32.le_u (local.get $mode) (i32.const 3)))))
)
