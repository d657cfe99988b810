// Linnet's AppImage runtime: the ELF at the front of Linnet-<ver>-x86_64.AppImage. Debian packages
// no AppImage runtime, so this is a small one on Debian's static libsquashfuse: it finds where its
// own ELF image ends (the squashfs is appended there), then either mounts the squashfs with FUSE
// (a child process serves it until the app and everything it started have exited) or, without
// FUSE or when asked, extracts it to a temporary directory, and runs AppRun with APPDIR, APPIMAGE,
// ARGV0 and OWD set, as the AppImage type 2 runtime does.
#define _GNU_SOURCE
#define FUSE_USE_VERSION 32 // what Debian's libsquashfuse_ll was built against
#include <squashfuse/ll.h>

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define RUNTIME_NAME "Linnet AppImage runtime"
#define MOUNT_FAILED 2 // run_mounted(): FUSE is not usable, extract instead

static char self_path[PATH_MAX]; // the AppImage file itself

static void die(const char *what)
{
    fprintf(stderr, "appimage: %s: %s\n", what, strerror(errno));
    exit(EXIT_FAILURE);
}

// The end of this ELF image: the largest of the section header table's end and every segment's
// end. The linker puts the section headers last, so that is where the squashfs starts.
static off_t elf_end(int fd)
{
    Elf64_Ehdr eh;
    if (pread(fd, &eh, sizeof eh, 0) != (ssize_t)sizeof eh || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0
        || eh.e_ident[EI_CLASS] != ELFCLASS64)
        return -1;
    off_t end = (off_t)eh.e_shoff + (off_t)eh.e_shentsize * eh.e_shnum;
    for (int i = 0; i < eh.e_phnum; ++i) {
        Elf64_Phdr ph;
        if (pread(fd, &ph, sizeof ph, (off_t)(eh.e_phoff + (Elf64_Off)i * eh.e_phentsize)) != (ssize_t)sizeof ph)
            return -1;
        if ((off_t)(ph.p_offset + ph.p_filesz) > end)
            end = (off_t)(ph.p_offset + ph.p_filesz);
    }
    return end;
}

// Where the squashfs starts in the AppImage, checked by its magic.
static size_t payload_offset(void)
{
    int fd = open(self_path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        die(self_path);
    off_t end = elf_end(fd);
    char magic[4];
    if (end <= 0 || pread(fd, magic, sizeof magic, end) != (ssize_t)sizeof magic || memcmp(magic, "hsqs", 4) != 0) {
        fprintf(stderr, "appimage: %s: no squashfs after the runtime (not an AppImage, or truncated)\n", self_path);
        exit(EXIT_FAILURE);
    }
    close(fd);
    return (size_t)end;
}

// ---- extraction ----------------------------------------------------------------------------

static int write_file(sqfs *fs, sqfs_inode *inode, const char *path)
{
    int out = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, inode->base.mode & 07777);
    if (out < 0)
        return -1;
    static char buf[1 << 17];
    for (sqfs_off_t pos = 0; pos < (sqfs_off_t)inode->xtra.reg.file_size;) {
        sqfs_off_t n = sizeof buf;
        if (sqfs_read_range(fs, inode, pos, &n, buf) != SQFS_OK || n <= 0) {
            errno = EIO;
            close(out);
            return -1;
        }
        for (sqfs_off_t done = 0; done < n;) {
            ssize_t w = write(out, buf + done, (size_t)(n - done));
            if (w < 0) {
                close(out);
                return -1;
            }
            done += w;
        }
        pos += n;
    }
    return close(out);
}

static int write_entry(sqfs *fs, sqfs_inode *inode, const char *path)
{
    switch (inode->base.inode_type) {
    case SQUASHFS_DIR_TYPE:
    case SQUASHFS_LDIR_TYPE:
        // Owner-writable while extracting, so its files can be written; never read-only.
        return mkdir(path, (inode->base.mode & 07777) | 0700) == 0 || errno == EEXIST ? 0 : -1;
    case SQUASHFS_REG_TYPE:
    case SQUASHFS_LREG_TYPE:
        unlink(path);
        return write_file(fs, inode, path);
    case SQUASHFS_SYMLINK_TYPE:
    case SQUASHFS_LSYMLINK_TYPE: {
        size_t size;
        sqfs_readlink(fs, inode, NULL, &size);
        char *target = malloc(size);
        if (!target || sqfs_readlink(fs, inode, target, &size) != SQFS_OK) {
            free(target);
            errno = EIO;
            return -1;
        }
        unlink(path);
        int rc = symlink(target, path);
        free(target);
        return rc;
    }
    default: // devices, fifos and sockets have no place in an AppDir
        return 0;
    }
}

// Creates the directories above PATH (for a partial extraction, which skips them).
static void make_parents(char *path)
{
    for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        mkdir(path, 0755);
        *slash = '/';
    }
}

// Extracts the entries whose path starts with PREFIX (all if empty) into DEST.
static int extract(size_t offset, const char *dest, const char *prefix, bool verbose)
{
    sqfs fs;
    if (sqfs_open_image(&fs, self_path, offset) != SQFS_OK)
        return -1;
    if (mkdir(dest, 0755) != 0 && errno != EEXIST) {
        perror(dest);
        return -1;
    }
    sqfs_traverse trv;
    sqfs_err err = sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs));
    int rc = err == SQFS_OK ? 0 : -1;
    while (rc == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end || strncmp(trv.path, prefix, strlen(prefix)) != 0)
            continue;
        char path[PATH_MAX];
        sqfs_inode inode;
        if (snprintf(path, sizeof path, "%s/%s", dest, trv.path) >= (int)sizeof path) {
            fprintf(stderr, "appimage: path too long: %s\n", trv.path);
            rc = -1;
            continue;
        }
        if (*prefix)
            make_parents(path);
        errno = 0;
        if (sqfs_inode_get(&fs, &inode, trv.entry.inode) != SQFS_OK || write_entry(&fs, &inode, path) != 0) {
            fprintf(stderr, "appimage: cannot extract %s: %s\n", trv.path, strerror(errno ? errno : EIO));
            rc = -1;
        } else if (verbose) {
            printf("%s\n", path);
        }
    }
    if (err != SQFS_OK && rc == 0) {
        fprintf(stderr, "appimage: the squashfs in %s is damaged\n", self_path);
        rc = -1;
    }
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return rc;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st; (void)type; (void)ftw;
    return remove(path);
}

// ---- running AppRun ------------------------------------------------------------------------

static void exec_apprun(const char *appdir, int argc, char **argv)
{
    char apprun[PATH_MAX], cwd[PATH_MAX];
    snprintf(apprun, sizeof apprun, "%s/AppRun", appdir);
    setenv("APPDIR", appdir, 1);
    setenv("APPIMAGE", self_path, 1);
    setenv("ARGV0", argv[0], 1);
    if (getcwd(cwd, sizeof cwd))
        setenv("OWD", cwd, 1);
    char **args = calloc((size_t)argc + 1, sizeof *args);
    if (!args)
        die("calloc");
    args[0] = apprun;
    for (int i = 1; i < argc; ++i)
        args[i] = argv[i];
    execv(apprun, args);
    die(apprun);
}

static const char *temp_dir(void)
{
    const char *tmp = getenv("TMPDIR");
    return tmp && *tmp ? tmp : "/tmp";
}

static pid_t app_pid;
static void forward_signal(int sig) { kill(app_pid, sig); }

// --appimage-extract-and-run, and the fallback without FUSE: extract, run, wait, clean up.
static int extract_and_run(size_t offset, int argc, char **argv)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/appimage_extracted_XXXXXX", temp_dir());
    if (!mkdtemp(dir))
        die(dir);
    if (extract(offset, dir, "", false) != 0) {
        nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        return EXIT_FAILURE;
    }
    app_pid = fork();
    if (app_pid < 0)
        die("fork");
    if (app_pid == 0)
        exec_apprun(dir, argc, argv);
    // The app gets terminal signals itself; a kill aimed at us only is passed on.
    struct sigaction sa = { .sa_handler = forward_signal };
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGINT, SIG_IGN);
    int status = 0;
    while (waitpid(app_pid, &status, 0) < 0 && errno == EINTR) {}
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// ---- FUSE ----------------------------------------------------------------------------------

// The FUSE child: serves the squashfs at MNT until every holder of the keep-alive pipe (the app
// and whatever it started) has exited, then unmounts. Tells the parent on READY whether mounting
// worked (one byte, 0 = mounted).
static int serve(size_t offset, const char *mnt, int ready, int keep)
{
    char no = 1, yes = 0;
    sqfs_ll *ll = sqfs_ll_open(self_path, offset);
    if (!ll) {
        write(ready, &no, 1);
        return EXIT_FAILURE;
    }
    // Files appear as the user's own (mksquashfs -root-owned stored root).
    ll->fs.uid = (int)getuid();
    ll->fs.gid = (int)getgid();
    ll->fs.notify_pipe = NULL;
    struct fuse_lowlevel_ops ops = {
        .getattr = sqfs_ll_op_getattr, .opendir = sqfs_ll_op_opendir,
        .releasedir = sqfs_ll_op_releasedir, .readdir = sqfs_ll_op_readdir,
        .lookup = sqfs_ll_op_lookup, .open = sqfs_ll_op_open, .create = sqfs_ll_op_create,
        .release = sqfs_ll_op_release, .read = sqfs_ll_op_read, .readlink = sqfs_ll_op_readlink,
        .listxattr = sqfs_ll_op_listxattr, .getxattr = sqfs_ll_op_getxattr,
        .forget = sqfs_ll_op_forget, .statfs = stfs_ll_op_statfs, .init = sqfs_ll_op_init,
    };
    struct fuse_args args = FUSE_ARGS_INIT(0, NULL);
    fuse_opt_add_arg(&args, "linnet-appimage");
    fuse_opt_add_arg(&args, "-o");
    fuse_opt_add_arg(&args, "ro,nodev,nosuid,fsname=linnet.appimage,subtype=squashfuse");
    sqfs_ll_chan ch;
    if (sqfs_ll_mount(&ch, mnt, &args, &ops, sizeof ops, ll) != SQFS_OK) {
        write(ready, &no, 1);
        return EXIT_FAILURE;
    }
    write(ready, &yes, 1);
    close(ready);
    // Terminal signals and a kill of the process group are for the app: this process leaves
    // when the app has gone, so the app never loses its files while it shuts down.
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
        dup2(null, STDIN_FILENO);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        close(null);
    }
    struct pollfd fds[2] = { { .fd = fuse_session_fd(ch.session), .events = POLLIN },
                             { .fd = keep, .events = POLLIN } };
    struct fuse_buf buf = { 0 };
    while (!fuse_session_exited(ch.session)) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[1].revents) // end of file: the last holder has exited
            break;
        if (fds[0].revents & POLLIN) {
            int r = fuse_session_receive_buf(ch.session, &buf);
            if (r == -EINTR || r == -EAGAIN)
                continue;
            if (r <= 0)
                break;
            fuse_session_process_buf(ch.session, &buf);
        } else if (fds[0].revents) {
            break; // unmounted from outside
        }
    }
    free(buf.mem);
    sqfs_ll_unmount(&ch, mnt);
    sqfs_ll_destroy(ll);
    free(ll);
    fuse_opt_free_args(&args);
    rmdir(mnt);
    return 0;
}

// Mounts the squashfs in a FUSE child and runs AppRun from it (or, with MOUNT_ONLY, prints the
// mount point and holds it until stdin closes). Returns MOUNT_FAILED when FUSE cannot be used.
static int run_mounted(size_t offset, int argc, char **argv, bool mount_only)
{
    int probe = open("/dev/fuse", O_RDWR | O_CLOEXEC);
    if (probe < 0) {
        if (mount_only)
            die("/dev/fuse");
        return MOUNT_FAILED;
    }
    close(probe);
    char mnt[PATH_MAX];
    snprintf(mnt, sizeof mnt, "%s/.mount_LinnetXXXXXX", temp_dir());
    if (!mkdtemp(mnt))
        die(mnt);
    int ready[2], keep[2];
    if (pipe2(ready, O_CLOEXEC) != 0 || pipe(keep) != 0)
        die("pipe");
    fcntl(keep[0], F_SETFD, FD_CLOEXEC); // the app holds only the write end
    pid_t pid = fork();
    if (pid < 0)
        die("fork");
    if (pid == 0) {
        close(ready[0]);
        close(keep[1]);
        _exit(serve(offset, mnt, ready[1], keep[0]));
    }
    close(ready[1]);
    close(keep[0]);
    char status = 1;
    if (read(ready[0], &status, 1) != 1 || status != 0) {
        waitpid(pid, NULL, 0);
        rmdir(mnt);
        fprintf(stderr, "appimage: cannot mount with FUSE (is fusermount3 installed?)%s\n",
                mount_only ? "" : "; extracting instead");
        if (mount_only)
            exit(EXIT_FAILURE);
        close(keep[1]);
        return MOUNT_FAILED;
    }
    close(ready[0]);
    if (mount_only) {
        printf("%s\n", mnt);
        fflush(stdout);
        char c;
        while (read(STDIN_FILENO, &c, 1) > 0) {}
        close(keep[1]);
        waitpid(pid, NULL, 0);
        return 0;
    }
    exec_apprun(mnt, argc, argv);
    return EXIT_FAILURE;
}

static void usage(void)
{
    printf(RUNTIME_NAME "\n"
           "  --appimage-extract [PATH]    extract the contents (or those under PATH) to ./squashfs-root\n"
           "  --appimage-extract-and-run   extract to a temporary directory, run, then remove it\n"
           "                               (also APPIMAGE_EXTRACT_AND_RUN=1; the default without FUSE)\n"
           "  --appimage-mount             mount, print the mount point, keep it until stdin closes\n"
           "  --appimage-offset            print where the squashfs starts\n"
           "  --appimage-help              this text\n");
}

int main(int argc, char **argv)
{
    ssize_t n = readlink("/proc/self/exe", self_path, sizeof self_path - 1);
    if (n <= 0)
        die("/proc/self/exe");
    self_path[n] = '\0';
    const char *opt = argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0 ? argv[1] : NULL;
    if (opt && strcmp(opt, "--appimage-help") == 0) {
        usage();
        return 0;
    }
    size_t offset = payload_offset();
    if (opt && strcmp(opt, "--appimage-offset") == 0) {
        printf("%zu\n", offset);
        return 0;
    }
    if (opt && strcmp(opt, "--appimage-extract") == 0)
        return extract(offset, "squashfs-root", argc > 2 ? argv[2] : "", true) == 0 ? 0 : EXIT_FAILURE;
    // The runtime's own option is not the app's: the app sees argv[2...] as its arguments.
    if (opt && strcmp(opt, "--appimage-extract-and-run") == 0) {
        argv[1] = argv[0];
        return extract_and_run(offset, argc - 1, argv + 1);
    }
    if (opt && strcmp(opt, "--appimage-mount") == 0)
        return run_mounted(offset, argc, argv, true);
    if (opt) {
        fprintf(stderr, "appimage: unknown option %s (see --appimage-help)\n", opt);
        return EXIT_FAILURE;
    }
    const char *env = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (env && strcmp(env, "1") == 0)
        return extract_and_run(offset, argc, argv);
    run_mounted(offset, argc, argv, false); // returns only when FUSE is not usable
    return extract_and_run(offset, argc, argv);
}
