#!/usr/bin/env python3
"""Times the authors' FGG code on this machine for issue 20's ratios (`fgg bench --authors-sample S
--authors-train R`). Their repository is IMPORTED from a work tree (scripts/bench-authors says how to get
one), never copied: the timed work is their own classes and functions. Only the inputs are ours (a 4-bar
chord + melody condition, random piano-roll batches) and the weights are random (timing only).

(a) seconds per 4-bar sample of the paper UNet (train/train_params.py: params_separate_cond, accompaniment
    from chord + melody), sampled as generation.ipynb does: SDFSampler.generate with
    use_classifier_free_guidance=True, use_melody=True and X0EditFunc (their FGG correction) at every step.
(b) training samples/s at batch 16: DiffproLearner.train_step (forward, backward, clipping, Adam step).
Both in fp32; --bf16 also times them under torch.autocast('cpu', dtype=torch.bfloat16).
"""
import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
import types

LOWEST = 33  # column 0 of their piano rolls is MIDI 33 (cut_piano_roll / circular_extend)
BATCH = 16   # issue 20's training batch, also params.batch_size in their train_params.py


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--authors", default=os.environ.get("FGG_AUTHORS_DIR", "/tmp/fgg-authors"),
                   help="work tree of their repository (default $FGG_AUTHORS_DIR or /tmp/fgg-authors)")
    p.add_argument("--threads", type=int, default=2, help="torch.set_num_threads (default 2)")
    p.add_argument("--repeats", type=int, default=3, help="best of N after one warm-up (default 3)")
    p.add_argument("--steps", type=int, default=10, help="sampling steps (default 10, their sampler's)")
    p.add_argument("--train-steps", type=int, default=3, help="training steps per repeat (default 3)")
    p.add_argument("--bf16", action="store_true", help="also time under CPU bf16 autocast")
    return p.parse_args()


def stand_in(name, **attrs):
    mod = types.ModuleType(name)
    mod.__dict__.update(attrs)
    sys.modules[name] = mod
    return mod


def import_authors(tree):
    """Imports their modules. PyPI is out of reach here and Debian packages neither labml nor tensorboard,
    so where they are missing two imports that do no arithmetic on the timed path get stand-ins:
    labml.monit (the progress bar around the sampling loop: ours yields the steps unchanged) and
    tensorboard's SummaryWriter (used only by DiffproLearner._write_summary, which train_step never calls)."""
    if not os.path.isfile(os.path.join(tree, "model", "sampler_sdf.py")):
        sys.exit(f"bench-authors: {tree} is not a work tree of their repository (see scripts/bench-authors)")
    sys.dont_write_bytecode = True  # leave their checkout as it was
    sys.path.insert(0, os.path.abspath(tree))
    try:
        import labml.monit  # noqa: F401
    except ImportError:
        stand_in("labml", monit=stand_in("labml.monit", iterate=lambda name, it: it,
                                         enum=lambda name, it: enumerate(it)))
    try:
        import torch.utils.tensorboard  # noqa: F401
    except ImportError:
        class SummaryWriter:
            def __init__(self, *a, **k):
                raise RuntimeError("tensorboard is not installed (not needed for timing)")
        stand_in("torch.utils.tensorboard", SummaryWriter=SummaryWriter)
        stand_in("torch.utils.tensorboard.writer", SummaryWriter=SummaryWriter)
    import model  # their package
    import model.sampler_sdf
    import generation_utils.fine_grained_control as fgc
    import train.learner
    import train.train_params
    return types.SimpleNamespace(
        init_ldm_model=model.init_ldm_model, init_diff_pro_sdf=model.init_diff_pro_sdf,
        SDFSampler=model.sampler_sdf.SDFSampler, X0EditFunc=fgc.X0EditFunc,
        DiffproLearner=train.learner.DiffproLearner, params=train.train_params.params_separate_cond,
        AttrDict=train.train_params.AttrDict)


def condition(torch):
    """(1, 6, 64, 64) in the layout their notebook passes (test slices[:, 2:]): chord onset, chord sustain,
    null chord onset, null chord sustain, melody onset, melody sustain. 4 bars of 16 steps, C Am F G."""
    chords = [(0, 4, 7), (9, 0, 4), (5, 9, 0), (7, 11, 2)]
    cond = torch.zeros(1, 6, 64, 64)
    for step in range(64):
        chord = chords[step // 16]
        row = torch.zeros(64)
        for pc in chord:  # chords sit in the C3 and C4 octaves (circular_extend)
            row[48 - LOWEST + pc] = row[60 - LOWEST + pc] = 1
        # Onset channel: the chord times the number of accompaniment notes starting at the step; sustain
        # channel: the chord where none starts (their data_preprocess). FGG's rhythm edit reads these counts.
        onsets = {0: 3, 2: 1}.get(step % 4, 0)
        cond[0, 0 if onsets else 1, step] = row * max(onsets, 1)
        cond[0, 2, step] = cond[0, 3, step] = -row - 1  # null (no rhythm) chord: -2 chord note, -1 none
        cond[0, 4 if step % 4 == 0 else 5, step, 72 - LOWEST + chord[step // 4 % 3]] = 1  # quarter notes
    return cond


def best(torch, fn, repeats, bf16):
    """Best wall time of `repeats` calls after one warm-up (first-run costs: allocation, oneDNN kernels).
    Their code prints at every step and correction; that goes to /dev/null."""
    ctx = (lambda: torch.autocast("cpu", dtype=torch.bfloat16)) if bf16 else contextlib.nullcontext
    times = []
    with open(os.devnull, "w") as null, contextlib.redirect_stdout(null):
        for i in range(repeats + 1):
            start = time.perf_counter()
            with ctx():
                fn()
            if i:
                times.append(time.perf_counter() - start)
    return min(times)


def describe(torch, tree, unet):
    try:
        commit = subprocess.run(["git", "-C", tree, "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "not a git checkout"
    with open("/proc/self/maps") as maps:  # which BLAS library the process really loaded
        libs = {os.path.realpath(line.split()[-1]) for line in maps if "/" in line}
    blas = ", ".join(sorted(lib for lib in libs if "blas" in os.path.basename(lib))) or "?"
    weights = sum(p.numel() for p in unet.parameters()) / 1e6
    print(f"authors' code: {tree} ({commit}), paper UNet {weights:.1f} M weights; torch {torch.__version__}, "
          f"{torch.get_num_threads()} threads, oneDNN {'on' if torch.backends.mkldnn.is_available() else 'off'}, "
          f"BLAS {blas}")


def main():
    args = parse_args()
    try:
        import torch
    except ImportError:
        sys.exit("bench-authors: no torch for this python; run: apt-get install -y python3-torch python3-tqdm")
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    a = import_authors(args.authors)
    # The paper's parameters. fp16=True there means CUDA AMP, which is off on a CPU anyway: say fp32 outright.
    params = a.AttrDict(a.params).override({"fp16": False})

    # (a) Sampling, as generation.ipynb: init_ldm_model -> Diffpro_SDF -> SDFSampler(model.ldm, 64, 64).
    sampler_model = a.init_diff_pro_sdf(a.init_ldm_model(params), params, "cpu")
    sampler = a.SDFSampler(sampler_model.ldm, 64, 64, is_autocast=False, device="cpu", debug_mode=False)
    if args.steps != 10:  # their sampler has 10 fixed timesteps (tau); spread others over the same range
        sampler.tau = torch.linspace(13, 999, args.steps).round().long()
        sampler.used_n_steps = args.steps
    cond = condition(torch)
    describe(torch, args.authors, sampler_model.ldm.eps_model)

    def sample():
        # CFG at guidance_scale 7.5 with guidance_rescale 0.7 (set in SDFSampler.__init__): per step one
        # forward with the chord + melody and one with the null chord + melody, each at batch 1;
        # X0EditFunc corrects the predicted x0 (chord tones + rhythm) after every step.
        sampler.generate(background_cond=cond, batch_size=1, same_noise_all_measure=False,
                         X0EditFunc=a.X0EditFunc, use_classifier_free_guidance=True, use_melody=True,
                         device="cpu")

    # (b) Training, as LdmTrainConfig + DiffproLearner: Adam at their learning rate, train_step per batch.
    train_model = a.init_diff_pro_sdf(a.init_ldm_model(params), params, "cpu")
    optimizer = torch.optim.Adam(train_model.parameters(), lr=params.learning_rate)
    with tempfile.TemporaryDirectory() as tmp, open(os.devnull, "w") as null, contextlib.redirect_stdout(null):
        learner = a.DiffproLearner(os.path.join(tmp, "run"), train_model, None, None, optimizer, params)
    train_model.train()
    # What DiffproLearner.train hands train_step: accompaniment onset/sustain (the target), then chord and
    # melody conditions (6 channels). Their loader gives fp16 tensors; fp32 here, as issue 20 measures.
    acc = (torch.rand(BATCH, 2, 64, 64) < 0.05).float()
    batch = torch.cat([acc, cond[:, [0, 1, 4, 5]].expand(BATCH, -1, -1, -1)], 1).contiguous()

    def train():
        for _ in range(args.train_steps):
            learner.train_step(batch)

    results = {}
    for bf16 in [False, True] if args.bf16 else [False]:
        name = "bf16" if bf16 else "fp32"
        try:
            s = best(torch, sample, args.repeats, bf16)
        except RuntimeError as e:  # torch 1.13: CPU autocast feeds bf16 into their fp32 nn.GroupNorm
            if not bf16:
                raise
            print(f"  bf16: their code does not run under this torch's CPU autocast: {e}")
            break
        print(f"  {name} sample ({args.steps} steps, CFG + FGG, batch 1): {s:.3f} s", flush=True)
        r = BATCH * args.train_steps / best(torch, train, args.repeats, bf16)
        print(f"  {name} training (batch {BATCH}): {r:.2f} samples/s", flush=True)
        results[name] = (s, r)
    s, r = results["fp32"]
    if "bf16" in results:
        print(f"authors bf16 4-bar sample: {results['bf16'][0]:.3f} s; "
              f"training batch {BATCH}: {results['bf16'][1]:.2f} samples/s")
    if args.steps != 10 or args.threads != 2:
        print(f"note: --steps {args.steps} --threads {args.threads}; issue 20's figures are for 10 steps, "
              "2 threads")
    print(f"authors fp32 4-bar sample: {s:.3f} s; training batch {BATCH}: {r:.2f} samples/s")
    print(f"fgg bench --preset paper --train --authors-sample {s:.3f} --authors-train {r:.2f}")


if __name__ == "__main__":
    main()
