# Hawan lab guest: a 512-byte boot sector. It enters 32-bit protected mode, fills guest RAM from
# 1 MiB to 60 MiB with pseudo-random data (so a migration has ~60 MiB to move), then at every PIT
# tick (18.2 Hz as the BIOS left it) re-dirties one word in each of DIRTY_PAGES pages and halts
# until the next tick. Halting keeps a guest's CPU use near zero under TCG; DIRTY_PAGES sets how hard
# it dirties memory: 16 pages/tick is about 1.2 MiB/s ("calm"); 8192 re-dirties a 32 MiB working
# set every tick ("dirty"): the last pass can never fit a 300 ms downtime on a link below ~1 Gbit/s,
# so it cannot converge. A key press (virsh send-key GUEST KEY_B) toggles busy mode, where the guest
# dirties without halting (a full host core under TCG), CHUNK pages at a time along its set with
# CPU-bound work in between, so its dirty rate follows its CPU time and auto-converge can throttle
# it to completion. Press again to calm it.
#   as --32 --defsym DIRTY_PAGES=16 guest.S -o g.o && ld -m elf_i386 -Ttext 0x7c00 --oformat binary g.o -o g.img
.ifndef DIRTY_PAGES
.set DIRTY_PAGES, 16
.endif
.set IDT_BASE, 0x500
.ifndef BUSY_DELAY
.set BUSY_DELAY, 2000000
.endif
.set CHUNK, 16
.code16
.globl _start
_start:
  cli
  xor %ax, %ax
  mov %ax, %ds
  mov %ax, %ss
  mov $0x7c00, %sp
  in $0x92, %al                 # fast A20
  or $2, %al
  and $0xfe, %al
  out %al, $0x92
  lgdtl gdtdesc
  mov %cr0, %eax
  or $1, %eax
  mov %eax, %cr0
  ljmpl $0x08, $pm
.code32
pm:
  mov $0x10, %ax
  mov %ax, %ds
  mov %ax, %es
  mov %ax, %ss
  mov $0x7c00, %esp
  mov $IDT_BASE, %edi           # 16 interrupt gates, all to `tick` (IRQ0 arrives as vector 8)
  mov $16, %ecx
idt:
  mov $tick, %eax
  mov %ax, (%edi)
  movw $0x08, 2(%edi)
  movw $0x8e00, 4(%edi)
  shr $16, %eax
  mov %ax, 6(%edi)
  add $8, %edi
  loop idt
  lidtl idtdesc
  mov $0xfe, %al                # unmask only IRQ0 (the PIT)
  out %al, $0x21
  mov $0xff, %al
  out %al, $0xa1
  sti
  mov $0x12345678, %eax
  mov $0x100000, %edi
fill:
  call rnd
  mov %eax, (%edi)
  add $4, %edi
  cmp $0x3c00000, %edi
  jb fill
main:
  in $0x64, %al                 # a key press (virsh send-key) toggles busy mode: dirty without
  test $1, %al                  # pausing, as a loaded guest would, so that auto-converge (which
  jz 2f                         # takes CPU time from the vCPU) has something to slow down
  in $0x60, %al
  test $0x80, %al               # key release codes do not toggle
  jnz 2f
  xorb $1, busy
2:
  cmpb $0, busy
  jne 5f
  mov $0x100000, %edi           # calm: the whole set once per tick, then halt
1:
  call rnd
  mov %eax, (%edi)
  add $4096, %edi
  cmp $(0x100000 + DIRTY_PAGES * 4096), %edi
  jb 1b
  hlt                           # until the next timer tick
  jmp main
5:                              # busy: CHUNK pages from a cursor that walks the set, then CPU-bound
  mov cursor, %edi              # work; never halts, so the pages it dirties per second follow the
  mov $CHUNK, %ecx              # CPU time it gets: a throttled vCPU dirties proportionally less
6:
  call rnd
  mov %eax, (%edi)
  add $4096, %edi
  cmp $(0x100000 + DIRTY_PAGES * 4096), %edi
  jb 7f
  mov $0x100000, %edi
7:
  loop 6b
  mov %edi, cursor
  mov $BUSY_DELAY, %ecx
8:
  loop 8b
  jmp main
tick:
  push %eax
  mov $0x20, %al                # end of interrupt
  out %al, $0x20
  pop %eax
  iret
rnd:                            # xorshift32 on eax
  mov %eax, %edx
  shl $13, %edx
  xor %edx, %eax
  mov %eax, %edx
  shr $17, %edx
  xor %edx, %eax
  mov %eax, %edx
  shl $5, %edx
  xor %edx, %eax
  ret
.p2align 3
gdt:
  .quad 0
  .quad 0x00cf9a000000ffff       # code, 4 GiB
  .quad 0x00cf92000000ffff       # data, 4 GiB
gdtdesc:
  .word 23
  .long gdt
idtdesc:
  .word 127
  .long IDT_BASE
cursor:
  .long 0x100000
busy:
  .byte 0
. = _start + 510
.byte 0x55, 0xaa
