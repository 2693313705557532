import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'proto.py'); exec(open(__file__).read())
y_all=np.array([c['y'] for c in cases])
def variant(salexp=1.0, capmode='cap', excl=(), shrink_com=0.0, shrink_ref=0.0):
    pt=[]
    for c in cases:
        keep=np.array([n not in excl for n in c['names']])
        cap={'cap':c['cap'],'eq':np.ones(len(c['cap'])),'vw':np.where(c['vw']>0,c['vw'],c['cap'])}[capmode]
        w=(c['sal']**salexp)*cap*keep
        p=(w*c['pos']).sum()/w.sum() if w.sum()>0 else c['pos'].mean()
        if c['com'] is not None: p=p+shrink_com*(c['com']-p)
        if c['ref'] is not None: p=p+shrink_ref*(c['ref']-p)
        pt.append(p)
    return np.array(pt)
base,_,_,_,_=run(['cal'])
for kw in [dict(),dict(salexp=0),dict(salexp=2),dict(salexp=4),dict(capmode='eq'),dict(capmode='vw'),dict(excl=('EP',)),dict(excl=('COM',)),dict(excl=('COM','EP')),dict(shrink_com=0.1),dict(shrink_com=0.2),dict(shrink_com=-0.1),dict(shrink_ref=0.1),dict(shrink_ref=-0.1)]:
    pt=variant(**kw); cr,c90,c50,med,W=run(['cal'],pt=pt)
    print(kw,'mae(pt) %.2f'%np.abs(pt-y_all).mean(),'crps %.2f'%cr.mean(),'diff %.2f'%(cr-base).mean(),boot(cr-base).round(2),'c90 %.2f'%c90.mean(),flush=True)
