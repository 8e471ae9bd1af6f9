import hmac
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlalchemy.orm import joinedload
from flask import abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_babel import force_locale, get_locale, gettext as _, ngettext
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db, login_manager
from ..forms import EmptyForm
from ..models import Role, User
from ..services import accounts
from ..web import principal, run
from . import bp
from .forms import ForgotForm, LoginForm, PasswordForm, PreferencesForm, ResetForm


# Built once: every request runs it (its compiled form is found without walking the expression again).
_USER_WITH_ROLES = sa.select(User).where(User.id == sa.bindparam("user_id")).options(
    joinedload(User.person), joinedload(User.roles)).execution_options(populate_existing=True)


@login_manager.user_loader
def load_user(session_id):
    """The cookie names the user and the session token it was made with; a new token (logout, new password)
    turns every older cookie away."""
    user_id, _sep, token = (session_id or "").partition(":")
    # With the person, whose name every page's header shows, and the roles every page's rights are built from:
    # one query, not three; read afresh (populate_existing), so a role ended a moment ago is never seen.
    user = db.session.scalars(_USER_WITH_ROLES, {"user_id": int(user_id)}).unique().first() \
        if user_id.isdigit() else None
    if user is None or not token or not hmac.compare_digest(token, user.session_token or ""):
        return None
    return user


def _start_session(user) -> None:
    """A fresh session at login: nothing carried over from before it (CSRF token included)."""
    session.clear()
    g.pop("csrf_token", None)   # Flask-WTF's per-request copy; a new token is made on the next form
    login_user(user)
    session.permanent = True


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect."""
    if not target or urlsplit(target).netloc or urlsplit(target).scheme or not target.startswith("/") \
            or target.startswith("//"):
        return url_for("auth.home")
    return target


@bp.route("/")
@login_required
def home():
    """Each user lands where their work is: a focal point on what its organisation owes, a co-chair on
    the forum's dashboard, a secretariat on its desk (drafts, minutes, submissions); others on this page."""
    who = principal()
    if not request.args.get("stay") and not who.is_admin:
        if who.focal_org_ids and not who.is_staff:
            return redirect(url_for("followup.owe"))
        chaired = sorted(f for f, roles in who.forum_roles.items() if Role.CO_CHAIR in roles)
        if chaired:
            return redirect(url_for("followup.dashboard", forum_id=chaired[0]))
        if any(Role.SECRETARIAT in roles for roles in who.forum_roles.values()):
            return redirect(url_for("followup.work"))
    return render_template("auth/home.html", principal=who)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("auth.home"))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        cfg = current_app.config
        if accounts.login_blocked(form.email.data, request.remote_addr, max_failures=cfg["LOGIN_MAX_FAILURES"],
                                  window_minutes=cfg["LOGIN_WINDOW_MINUTES"]):
            flash(ngettext("Too many failed attempts. Wait %(num)s minute and try again.",
                           "Too many failed attempts. Wait %(num)s minutes and try again.",
                           cfg["LOGIN_WINDOW_MINUTES"]), "error")
            return render_template("auth/login.html", form=form), 429
        user = accounts.authenticate(form.email.data, form.password.data, request.remote_addr)
        db.session.commit()  # the attempt is recorded either way
        if user is not None:
            _start_session(user)
            return redirect(_safe_next(request.args.get("next")))
        flash(_("Wrong e-mail or password."), "error")
        status = 401
    elif request.method == "POST":
        status = 422
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
def logout():
    if not EmptyForm().validate_on_submit():
        abort(400)
    if current_user.is_authenticated:
        accounts.end_sessions(current_user)
        db.session.commit()
    logout_user()
    session.clear()
    flash(_("You are logged out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    form = PasswordForm(prefix="pw")
    prefs = PreferencesForm(prefix="prefs", language=current_user.language or "", digits=current_user.digits or "latin",
                            reminders=current_user.person.reminders_enabled)
    status = 200
    if request.method == "POST" and "pw-current_password" in request.form and form.validate_on_submit():
        ok, status = run(form, accounts.change_password, current_user, current_user,
                         current=form.current_password.data, new=form.new_password.data, confirm=form.confirm.data)
        if ok:   # other devices are logged out; this one goes on with the new session token
            _start_session(current_user._get_current_object())
            flash(_("Your password was changed."), "info")
            return redirect(url_for("auth.account"))
    elif request.method == "POST" and "prefs-language" in request.form and prefs.validate_on_submit():
        def save():
            user = current_user._get_current_object()  # the trail names the record by its class
            accounts.update_user(user, user, language=prefs.language.data, digits=prefs.digits.data)
            accounts.set_reminders(user, user, bool(prefs.reminders.data))
        ok, status = run(prefs, save)
        if ok:
            return redirect(url_for("auth.account"))
    elif request.method == "POST":
        status = 422
    return render_template("auth/account.html", form=form, prefs=prefs), status


@bp.route("/password/forgot", methods=["GET", "POST"])
def forgot_password():
    """Always the same answer, whether the address has an account or not, and whether the mail went out."""
    form = ForgotForm()
    if form.validate_on_submit():
        cfg = current_app.config
        ip_ok, address_ok = accounts.reset_mail_allowed(form.email.data, request.remote_addr,
                                                        per_address=cfg["RESET_MAX_PER_ADDRESS"],
                                                        per_ip=cfg["RESET_MAX_PER_IP"])
        db.session.commit()
        if not ip_ok:   # counts every address asked for from here: it tells nothing about accounts
            flash(_("Too many requests from your network. Wait an hour and try again."), "error")
            return render_template("auth/forgot.html", form=form), 429
        user = db.session.scalar(sa.select(User).where(User.email == accounts.normalise_email(form.email.data)))
        if address_ok and user is not None and user.is_active and not _send_reset_mail(user):
            accounts.reset_mail_not_sent(user.email)
            db.session.commit()
        flash(_("If an account uses this address, a link to choose a new password is on its way."), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot.html", form=form), (422 if request.method == "POST" else 200)


def _send_reset_mail(user) -> bool:
    """The link starts with BASE_URL, never the request's Host. A failure is logged, not shown: the page
    must not tell who has an account."""
    from .. import mail
    from ..links import external_url
    try:
        link = external_url("auth.reset_password", token=accounts.reset_token(user))
        hours = current_app.config["PASSWORD_RESET_HOURS"]
        with force_locale(user.language or str(get_locale())):  # theirs, else the page's language
            mail.send(user.email, _("Reset your DS Tracker password"),
                      render_template("emails/reset.txt", user=user, link=link, hours=hours),
                      render_template("emails/reset.html", user=user, link=link, hours=hours))
    except Exception:   # mail server down, BASE_URL missing: the same answer, the reason in the log
        current_app.logger.exception("Could not send a password-reset e-mail")
        return False
    return True


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_password(token):
    user = accounts.user_for_reset_token(token)
    if user is None:
        flash(_("This link has expired or was already used. Ask for a new one."), "error")
        return redirect(url_for("auth.forgot_password"))
    form = ResetForm()
    status = 200
    if form.validate_on_submit():
        ok, status = run(form, accounts.reset_password, user, new=form.new_password.data, confirm=form.confirm.data)
        if ok:
            flash(_("Your password was changed. Log in with it."), "info")
            return redirect(url_for("auth.login"))
    elif request.method == "POST":
        status = 422
    return render_template("auth/reset.html", form=form), status


@bp.route("/language", methods=["POST"])
def switch_language():
    """The switch on every page: stored on the account (with its trail), or in the session before login."""
    language = request.form.get("language", "")
    if language not in accounts.LANGUAGES:
        abort(400)
    if current_user.is_authenticated:
        user = current_user._get_current_object()  # the trail names the record by its class, not the proxy's
        run(None, accounts.update_user, user, user, language=language)
    else:
        session["language"] = language
    return redirect(_safe_next(request.form.get("next")))
